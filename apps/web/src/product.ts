export const PRODUCT_TITLE = '助理全科医生培训结业考核与招录平台';
