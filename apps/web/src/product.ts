export const PRODUCT_TITLE = '助理全科医生培训结业考核与招录平台';
/** On a phone the full title does not fit one line of the header. */
export const PRODUCT_SHORT_TITLE = '助理全科结业考核';
