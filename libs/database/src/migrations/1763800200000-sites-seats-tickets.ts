import { MigrationInterface, QueryRunner } from 'typeorm';

/** TK-3/TK-4: skills-assessment sites and slots, seat assignments, ticket numbers and their counters. */
export class SitesSeatsTickets1763800200000 implements MigrationInterface {
  name = 'SitesSeatsTickets1763800200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const table = 'ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci';
    await queryRunner.query(`CREATE TABLE exam_site (
      id INT NOT NULL AUTO_INCREMENT,
      session_id INT NOT NULL,
      code CHAR(2) NOT NULL,
      name VARCHAR(100) NOT NULL,
      address VARCHAR(200) NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      UNIQUE KEY uq_site_code (session_id, code),
      CONSTRAINT fk_site_session FOREIGN KEY (session_id) REFERENCES assessment_session (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE exam_slot (
      id INT NOT NULL AUTO_INCREMENT,
      site_id INT NOT NULL,
      slot_date DATE NOT NULL,
      starts_at CHAR(5) NOT NULL,
      ends_at CHAR(5) NOT NULL,
      rooms JSON NOT NULL,
      created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
      PRIMARY KEY (id),
      CONSTRAINT fk_slot_site FOREIGN KEY (site_id) REFERENCES exam_site (id)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE seat_assignment (
      id INT NOT NULL AUTO_INCREMENT,
      session_id INT NOT NULL,
      signup_id INT NOT NULL,
      slot_id INT NOT NULL,
      room_id VARCHAR(32) NOT NULL,
      seat INT NOT NULL,
      assigned_at DATETIME(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_seat_signup (signup_id),
      UNIQUE KEY uq_seat_place (slot_id, room_id, seat),
      KEY idx_seat_session (session_id),
      CONSTRAINT fk_seat_signup FOREIGN KEY (signup_id) REFERENCES signup (id),
      CONSTRAINT fk_seat_slot FOREIGN KEY (slot_id) REFERENCES exam_slot (id)
    ) ${table}`);
    // One counter row per (year, subject, site): incremented under its row lock inside the issuing
    // transaction, so a rolled-back issue gives its number back and numbers stay gap-free.
    await queryRunner.query(`CREATE TABLE ticket_sequence (
      year INT NOT NULL,
      subject ENUM('THEORY','SKILLS') NOT NULL,
      site_code CHAR(2) NOT NULL,
      last_sequence INT NOT NULL,
      PRIMARY KEY (year, subject, site_code)
    ) ${table}`);
    await queryRunner.query(`CREATE TABLE admit_ticket (
      id INT NOT NULL AUTO_INCREMENT,
      signup_id INT NOT NULL,
      subject ENUM('THEORY','SKILLS') NOT NULL,
      ticket_number CHAR(12) NOT NULL,
      site_code CHAR(2) NOT NULL,
      sequence INT NOT NULL,
      revision INT NOT NULL DEFAULT 1,
      status ENUM('ISSUED','WITHDRAWN') NOT NULL DEFAULT 'ISSUED',
      issued_at DATETIME(3) NOT NULL,
      PRIMARY KEY (id),
      UNIQUE KEY uq_ticket_number (ticket_number),
      UNIQUE KEY uq_ticket_signup_subject (signup_id, subject),
      CONSTRAINT fk_ticket_signup FOREIGN KEY (signup_id) REFERENCES signup (id)
    ) ${table}`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const name of ['admit_ticket', 'ticket_sequence', 'seat_assignment', 'exam_slot', 'exam_site']) await queryRunner.query(`DROP TABLE IF EXISTS ${name}`);
  }
}
