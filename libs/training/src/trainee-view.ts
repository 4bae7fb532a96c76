import { Trainee } from './trainee.entity';

/** What screens show of a trainee: the ID number only masked. */
export interface TraineeView {
  id: number;
  name: string;
  idType: string;
  idNumberMasked: string;
  baseId: number;
  cityId: number;
  cohort: string;
  rotationEndDate: string;
  phaseTheoryPassed: boolean;
  processAssessmentPassed: boolean;
  retrainingRequired: boolean;
  sex: 'M' | 'F' | null;
  birthDate: string | null;
  phone: string | null;
  /** where candidates' messages are e-mailed, when the e-mail channel is configured */
  email: string | null;
  hasPhoto: boolean;
  photoLocked: boolean;
  version: number;
}

export function toTraineeView(trainee: Trainee): TraineeView {
  return {
    id: trainee.id,
    name: trainee.name,
    idType: trainee.idType,
    idNumberMasked: trainee.idMasked,
    baseId: trainee.baseId,
    cityId: trainee.cityId,
    cohort: trainee.cohort,
    rotationEndDate: trainee.rotationEndDate,
    phaseTheoryPassed: trainee.phaseTheoryPassed,
    processAssessmentPassed: trainee.processAssessmentPassed,
    retrainingRequired: trainee.retrainingRequired,
    sex: trainee.sex,
    birthDate: trainee.birthDate,
    phone: trainee.phone,
    email: trainee.email,
    hasPhoto: trainee.photoKey !== null,
    photoLocked: trainee.photoLocked,
    version: trainee.version,
  };
}
