import { InitialSchema1763800000000 } from './1763800000000-initial-schema';
import { SignupCreateProcedure1763800100000 } from './1763800100000-signup-create-procedure';

export const MIGRATIONS = [InitialSchema1763800000000, SignupCreateProcedure1763800100000];
