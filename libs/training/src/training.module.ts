import { IdentityModule } from '@app/identity';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RosterImportService } from './roster/roster-import.service';
import { RotationFactsEvents } from './rotation-facts.events';
import { Trainee } from './trainee.entity';
import { TraineeService } from './trainee.service';

@Module({
  imports: [TypeOrmModule.forFeature([Trainee]), IdentityModule],
  providers: [RosterImportService, TraineeService, RotationFactsEvents],
  exports: [RosterImportService, TraineeService, RotationFactsEvents],
})
export class TrainingModule {}
