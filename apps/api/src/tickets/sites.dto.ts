import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsString, Length, Matches, Max, Min, ValidateNested } from 'class-validator';

export class SiteDto {
  @ApiProperty({ example: 'FZ', description: '2 capital letters or digits; part of every ticket number of the site' }) @Matches(/^[A-Z0-9]{2}$/) code: string;
  @ApiProperty({ example: '福建省全科医学培训中心考点' }) @IsString() @Length(1, 100) name: string;
  @ApiProperty({ example: '福州市鼓楼区示例路1号' }) @IsString() @Length(1, 200) address: string;
}

export class RoomDto {
  @ApiProperty({ example: 'G1' }) @Matches(/^[A-Za-z0-9_-]{1,32}$/) id: string;
  @ApiProperty({ example: '第1站组' }) @IsString() @Length(1, 50) name: string;
  @ApiProperty({ example: 30 }) @IsInt() @Min(0) @Max(10000) capacity: number;
}

export class SlotDto {
  @ApiProperty({ example: '2024-04-19' }) @Matches(/^\d{4}-\d{2}-\d{2}$/) date: string;
  @ApiProperty({ example: '08:00', description: 'Beijing time' }) @Matches(/^\d{2}:\d{2}$/) startsAt: string;
  @ApiProperty({ example: '11:30' }) @Matches(/^\d{2}:\d{2}$/) endsAt: string;
  @ApiProperty({ type: [RoomDto] })
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => RoomDto)
  rooms: RoomDto[];
}
