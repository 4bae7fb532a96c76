export { Role, ROLES } from '@app/common/actor';
