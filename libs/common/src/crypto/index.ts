export { decodeKey, PersonalDataCipher } from './personal-data-cipher';
