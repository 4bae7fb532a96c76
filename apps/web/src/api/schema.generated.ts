// Generated from the API's OpenAPI document by `npm run generate:client`. Do not edit: CI fails when this file is stale.

export interface paths {
    "/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff accounts inside the centre’s organisation, filtered and paged */
        get: operations["AccountsController_list"];
        put?: never;
        /**
         * Create a base reviewer, city reviewer or checker account; answers its one-time temporary password
         * @description Audited. 409 ACCOUNT_EXISTS. 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        post: operations["AccountsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One administered account
         * @description 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        get: operations["AccountsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit name, phone, role or organisation, with a reason (audited); a new role or organisation ends the account’s logins
         * @description 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        patch: operations["AccountsController_update"];
        trace?: never;
    };
    "/accounts/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account (audited); its logins end on their next request
         * @description 409 ACCOUNT_ALREADY_DISABLED. 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        post: operations["AccountsController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a disabled account again (audited)
         * @description 409 ACCOUNT_ALREADY_ACTIVE. 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        post: operations["AccountsController_enable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password: answers a one-time temporary password (stored only hashed); every login of the account ends
         * @description Until the holder changes it, every route but POST /auth/password and /auth/logout answers 403 PASSWORD_CHANGE_REQUIRED. Audited. 403 FORBIDDEN_SCOPE outside the centre’s organisation, ACCOUNT_ROLE_NOT_ADMINISTERED for centre admins and candidates; 400 ROLE_ORGANISATION_MISMATCH when the role does not fit the organisation level.
         */
        post: operations["AccountsController_resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/accounts/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a login lock (too many wrong passwords) before its time; audited with the reason. 409 ACCOUNT_NOT_LOCKED if none */
        post: operations["AccountsController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attempts/{id}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SC-4 / FA-13: correct a published result with a reason; re-judged by the session's rule, audited before/after. Errors: RESULTS_NOT_PUBLISHED (enter or re-import instead), SCORE_INVALID, ATTEMPT_NOT_FOUND, ATTEMPT_ALREADY_VOIDED, CONFLICT */
        post: operations["ResultsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/attempts/{id}/void": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SC-8 / FA-11: void a result (exam-rule violation or false information), audited. Errors: ATTEMPT_ALREADY_VOIDED, ATTEMPT_NOT_FOUND */
        post: operations["ResultsController_void"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-13: the append-only audit trail, newest first */
        get: operations["AuditController_query"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Password login; rate-limited per address and username; an account locks after repeated wrong passwords
         * @description A locked account answers exactly as a wrong password does (401 INVALID_CREDENTIALS). Each login is one refresh-token family.
         */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ends this login: its refresh token at once, its access tokens on their next request; the account’s other logins go on */
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who the token says you are */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change your own password (the current one required); ends every login of the account and answers a new one
         * @description 400 CURRENT_PASSWORD_INVALID, PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME, PASSWORD_UNCHANGED.
         */
        post: operations["AuthController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new access and refresh token for a refresh token, which is used up
         * @description 401 REFRESH_TOKEN_INVALID when unknown, expired or its login ended; 401 REFRESH_TOKEN_REUSED when it was used before, which ends its login.
         */
        post: operations["AuthController_refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A trainee creates an account, linked to their roster record by name and ID number
         * @description Not on a roster, another name, or already registered: one answer, TRAINEE_NOT_REGISTRABLE, so a roster is not disclosed.
         */
        post: operations["AuthController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/checker/verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TK-6 at the exam site: an exam-site checker verifies a ticket’s QR token; the answer of GET /verify/{token}, audited (who, which ticket, when)
         * @description 400 TICKET_TOKEN_INVALID when the token is not genuine (not recorded).
         */
        post: operations["CheckerController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * MySQL and Redis reachability, with queue depth and warnings about Redis settings (eviction policy, persistence)
         * @description 503 SERVICE_UNAVAILABLE when MySQL or Redis is down; its details say which.
         */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: the process answers (no dependencies checked) */
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/apply-rotation-deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the SC-5 job now (it also runs every 10 minutes): cancel the results of candidates who missed a session's rotation cutoff */
        post: operations["JobsController_applyRotationDeadlines"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/counts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Queue depth and failures */
        get: operations["JobsController_counts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/deliver-messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the due e-mails of candidates' messages now (the worker also does every 15 seconds) */
        post: operations["JobsController_deliverMessages"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/notify-three-year-limits": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the SC-7 job now (it also runs daily at 07:00): tell trainees whose three-year limit is near what remains and by when */
        post: operations["JobsController_notifyThreeYearLimits"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/jobs/void-uncorrected-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Run the FA-8 sweep now (it also runs every minute): void returned sign-ups not corrected in time */
        post: operations["JobsController_voidSweep"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your messages, newest first, a page at a time (unread=true: only the unread), with your unread count */
        get: operations["MessagesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of your messages read (again: no change); another candidate's message is not found */
        post: operations["MessagesController_markRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all your messages read */
        post: operations["MessagesController_markAllRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/messages/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How many of your messages are unread (for the badge) */
        get: operations["MessagesController_unreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your photo as stored (JPEG, without its metadata) */
        get: operations["MeController_photo"];
        /** Upload your photo (FA-6): a real JPEG within the size and pixel limits; locked after centre approval */
        put: operations["MeController_uploadPhoto"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/photo/requirements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-6: what an uploaded photo must satisfy (format, size, pixels, aspect, white background): the limits PUT /me/photo applies */
        get: operations["MeController_photoRequirements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your trainee record and profile (ID number masked) */
        get: operations["MeController_profile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Complete your real-name profile (FA-6) */
        patch: operations["MeController_editProfile"];
        trace?: never;
    };
    "/me/recruitment/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your applications, newest first, each with its status, verdict, documents and what is still missing */
        get: operations["MyApplicationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your applications */
        get: operations["MyApplicationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/applications/{id}/choices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * RC-4: your ordered choices of base (at most the round’s maximum) and whether you accept adjustment
         * @description 400 CHOICES_INVALID lists each problem (too many, duplicate, base not in the round, no seats for your type, no adjustment in the round) with its path.
         */
        put: operations["MyApplicationsController_choices"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/applications/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** RC-3: upload one document (ID card sides, diploma or its alternatives, certificates, employer letters) */
        put: operations["MyApplicationsController_upload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/applications/{id}/profile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** RC-1 / RC-2: change your type and profile while a draft or returned */
        put: operations["MyApplicationsController_profile"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/applications/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RC-1 … RC-5, RC-8: submit (inside the sign-up window) or resubmit after a return (before its deadline)
         * @description Refused with the explained verdict when not eligible under the round’s policy, bans of any jurisdiction included (409 APPLICANT_NOT_ELIGIBLE, details.verdict; the draft is kept for correction), with what is missing when documents are (409 DOCUMENTS_INCOMPLETE). Accepted: in review at the first level of the chain for your type.
         */
        post: operations["MyApplicationsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/recruitment/rounds/{roundId}/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-1: start a draft in a round (one per person per round) with your type and profile */
        post: operations["MyApplicationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-4: your published results per session and subject: score, pass/fail/absent, valid-until date, voiding; unpublished ones are not shown */
        get: operations["MyResultsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/results/{sessionId}/{subject}/recheck-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SC-1: recheck requests are not accepted. THEORY → 409 RECHECK_NOT_ACCEPTED (standard scores); SKILLS → 409 RECHECK_NOT_AVAILABLE (contact the centre) */
        post: operations["MyResultsController_recheck"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/seat/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TK-4: your skills-assessment seat (site, day and time, room, seat; the ticket number once issued), once the centre approved your sign-up and seated it */
        get: operations["TicketsController_mySeat"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your sign-ups, each with its status label and explained verdict */
        get: operations["MySignupsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/signups/{sessionId}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Keep a draft (not a sign-up until submitted, FA-7) */
        put: operations["MySignupsController_saveDraft"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/signups/{sessionId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-8 / FA-9: your sign-up's steps, oldest first: who (the base or the centre, never a name), the outcome, the reason given, when */
        get: operations["MySignupsController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/signups/{sessionId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit (FA-1 … FA-7): refused with the explained verdict when not eligible
         * @description Accepted: the sign-up with its status label and each rule's outcome; the full explained verdict is on GET /me/signups.
         */
        post: operations["MySignupsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/signups/{sessionId}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a not-yet-reviewed sign-up back to draft while the window is open */
        post: operations["MySignupsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-3/SC-6/SC-7/FA-3: your passes and valid-until dates, what remains and by when, certificate eligibility with every check */
        get: operations["StandingController_own"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me/tickets/{sessionId}/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TK-1: your admit ticket, only inside the subject's ticket window (THEORY: the national site) */
        get: operations["TicketsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The province, its cities and bases */
        get: operations["OrganisationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/queues/board-link": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A one-time link to the queue board, for a new tab (which has no Authorization header)
         * @description Valid once, for 60 seconds. Opening it sets an HttpOnly, SameSite=Strict cookie for /api/queues holding this request's access token (so it lasts as long as the token, and ends with the login), then redirects to the board. A used, expired or forged link answers 401 ONE_TIME_LINK_INVALID.
         */
        post: operations["QueueBoardController_boardLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applicants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RC-1: register an applicant account (a candidate account without a trainee record), then log in as a candidate
         * @description The candidates’ password policy; the ID number checked as a trainee’s is (GB 11643 for resident IDs). One applicant account per ID number.
         */
        post: operations["ApplicantRegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RC-5: submitted applications within your scope, filtered and paged
         * @description A base: those that chose it; a city commission: its employers’ applicants and those choosing its bases; the authority: its jurisdiction. Never a draft, never another jurisdiction.
         */
        get: operations["ApplicationReviewController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One application in scope: profile, choices, verdict, documents and review state */
        get: operations["ApplicationReviewController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications/{id}/documents/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RC-3: one document as stored (JPEG without its metadata): to its applicant and to reviewers in scope only */
        get: operations["ApplicationReviewController_document"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * RC-5: approve, reject (reason) or return for correction (reason and correct-by deadline) at your level, when it is its turn and inside its window
         * @description The applicant is told in the message centre; every decision is audited. A return not corrected by its deadline becomes a withdrawal (the sweep).
         */
        post: operations["ApplicationReviewController_review"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications/{id}/review-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RC-5: the review steps of an application as they happened: submissions, each decision with its level, outcome, reason and return deadline, the deciding organisation and the time
         * @description To its applicant (their own only) and to the staff who can see the application (never a draft). Reviewers are named by organisation, never by person. Read from the decisions’ audit records.
         */
        get: operations["ApplicationReviewController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/applications/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same rows as the list (all pages), as CSV or XLSX; formula-like cells neutralised */
        get: operations["ApplicationReviewController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/jobs/expire-returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-5: run the sweep now (it also runs every minute): returns not corrected by their deadline become withdrawals */
        post: operations["ApplicationReviewController_expireReturns"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/me/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the signed-in staff member is in recruitment: the authority of a jurisdiction, a city commission or a base of it (the portal picks its pages by it) */
        get: operations["RecruitmentRoundsController_standing"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/notices/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Is this admission notice genuine? Shows the name, masked ID number, base, round and the place’s status only
         * @description A notice’s QR code encodes the portal’s page `{PUBLIC_ORIGIN}/verify-admission/{token}`; the page passes the token on here.
         */
        get: operations["AdmissionNoticeVerifyController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Recruitment rounds: an applicant sees every round open for sign-up now; staff every round of their own jurisdiction */
        get: operations["RecruitmentRoundsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One round in plain terms: windows, applicant types, quotas per base (ids and names), choices, documents, review chain, policy */
        get: operations["RecruitmentRoundsController_detail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission-runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The round’s admission runs, newest first */
        get: operations["AdmissionRunsController_list"];
        put?: never;
        /** RC-6: preview an admission run: admit() over the approved applications, their choices and scores and the round’s plan, with a fresh lottery seed recorded; a stage (through) continues the published stages with their seed */
        post: operations["AdmissionRunsController_preview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission-runs/{runId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run: per track its quota, admitted and last admitted score; its seed and input digest */
        get: operations["AdmissionRunsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission-runs/{runId}/outcomes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run’s outcome per applicant with the explanation (each choice, adjustment, result), paged */
        get: operations["AdmissionRunsController_outcomes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission-runs/{runId}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-6: publish a previewed run: places created (never over quota), re-review started where the chain has one, notices queued; refused if the input changed or the round is published */
        post: operations["AdmissionRunsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission-runs/stages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RC-6: the round’s admission stages (each choice round, or the parallel round, then adjustment): results time, published, previewable next */
        get: operations["AdmissionRunsController_stages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RC-6: the applicant’s own outcome and why, in Chinese, from the round’s results time on */
        get: operations["MyAdmissionController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/admission/mine/notice": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admitted applicant’s admission notice (录取通知书) PDF, once the worker has rendered it */
        get: operations["MyAdmissionController_notice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RC-6: a base’s assessment scores of one choice round stored so far, with its score or null, paged (BASE_ASSESSMENT rounds)
         * @description The same applicants as the entry: those who chose this base in that round (the adjustment round: those who accept adjustment); never another base’s scores.
         */
        get: operations["RankingController_listAssessment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** RC-6: a base enters its assessment score of an applicant who chose it in this round (BASE_ASSESSMENT rounds) */
        put: operations["RankingController_setAssessment"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/assessment-scores/{choiceRound}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-6: a base imports its assessment scores of one choice round; preview, or commit all rows or none */
        post: operations["RankingController_importAssessment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/placements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admitted places: a base sees its own, the authority every one */
        get: operations["PlacementsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/placements/{applicationId}/arrival": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-7/RC-9: the base records the day the trainee reported; the trainee record starts training that day and the applicant’s account gets it */
        post: operations["PlacementsController_arrival"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/placements/{applicationId}/no-show": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-7/RC-8: the base records that the trainee will not report, with the reason; the round’s policy decides the ban */
        post: operations["PlacementsController_noShow"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/placements/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The admission list (录取名单) as CSV or XLSX, in the same scope as the list */
        get: operations["PlacementsController_exportPlacements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/ranking-scores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * RC-6: the centre ranking scores stored so far: every applicant the authority may score (CENTRE_RANKING rounds), with its score or null, paged
         * @description The same applicants and scope as the entry: the round’s authority only, approved applications of its own jurisdiction’s round.
         */
        get: operations["RankingController_listRanking"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/ranking-scores/{applicationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** RC-6: the authority enters the centre ranking score of one applicant (CENTRE_RANKING rounds) */
        put: operations["RankingController_setRanking"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/ranking-scores/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** RC-6: import the centre ranking scores (CSV in UTF-8 or GBK, or XLSX); preview, or commit all rows or none */
        post: operations["RankingController_importRanking"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RC-9: the return: who reported (and when), who did not and why, with totals per base */
        get: operations["PlacementsController_returns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/recruitment/rounds/{roundId}/returns/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** RC-9: the return as CSV or XLSX (培训对象汇总表，含未报到名单及原因) */
        get: operations["PlacementsController_exportReturns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/score-imports/{importId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An import: status, progress (processed / total rows), counts per outcome and error code, sample rows */
        get: operations["ScoreImportsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/score-imports/{importId}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write all rows or none (422 if any row is in error, 409 if the data changed since the preview); large files commit in the worker (202) */
        post: operations["ScoreImportsController_commit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/score-imports/{importId}/rows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every row of the preview with its outcome (NEW, CHANGED with before/after, UNCHANGED, ERROR with the reason) */
        get: operations["ScoreImportsController_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Assessment sessions with their calendars (Beijing time) */
        get: operations["SessionsController_list"];
        put?: never;
        /** Create a session (centre) */
        post: operations["SessionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One session with its calendar, subjects and pass rules */
        get: operations["SessionsController_get"];
        /** Change a session (centre; audited with a reason) */
        put: operations["SessionsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * FA-12: cancel one subject or the whole session (centre, with a reason)
         * @description Takes the subject off every standing sign-up (a sign-up left with none is CANCELLED), withdraws its tickets and seats, messages each affected candidate once and writes the audit records, in one transaction. Refused once the subject has results.
         */
        post: operations["SessionsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/cancellation-impact": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-12: how many candidates cancelling each subject, or the whole session, would reach (centre) */
        get: operations["SessionsController_cancellationImpact"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-14: your explained verdict for this session, without signing up */
        get: operations["SessionsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** FA-14: the exceptions granted in this session (who, rule, reason, granted by, when), newest first, paged */
        get: operations["SessionsController_listExceptions"];
        put?: never;
        /** FA-14: grant a recorded exception for one trainee and one rule */
        post: operations["SessionsController_grantException"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{id}/national-roster/reconcile": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** FA-10: who signed up for THEORY here but not on the national site, and the reverse, per base */
        post: operations["SessionsController_reconcileNationalRoster"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/results": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A session's results for review, masked ID numbers: the centre all (published or not), a base its own published ones */
        get: operations["ResultsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/results/{subject}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SC-4: publish one subject of a session; its results become visible to candidates and count. Final. Errors: RESULTS_ALREADY_PUBLISHED, RESULTS_INCOMPLETE (approved candidates without a result, unless acknowledged with a reason), SESSION_NOT_FOUND */
        post: operations["ResultsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/results/publication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-4: which subjects of the session are published (the centre also sees result and missing counts) */
        get: operations["ResultsController_publication"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/rotation-deadline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-5: before the cutoff, who sat this session and is at risk of cancellation; after it, whose results were cancelled and why */
        get: operations["SessionStandingController_rotationDeadline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/score-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The score files uploaded for a session, newest first */
        get: operations["ScoreImportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/score-imports/{subject}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** SC-1 / SC-2: upload a score file and preview every row (201); a large file is previewed by the worker (202, poll GET /score-imports/{id}) */
        post: operations["ScoreImportsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/seating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** TK-4: seat every centre-approved SKILLS candidate; existing seats stay; reports who could not be seated and why */
        post: operations["SitesController_seat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/sites": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TK-4: the skills-assessment sites, their slots and rooms */
        get: operations["SitesController_list"];
        put?: never;
        /** TK-4: add a site (audited) */
        post: operations["SitesController_createSite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/sites/{siteId}/slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** TK-4: add a day and time slot with its rooms / station groups and capacities (audited) */
        post: operations["SitesController_createSlot"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/skills-scores/{traineeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** SC-2: enter one candidate's four station scores, judged by the session's skills rule (audited). Errors: SCORE_INVALID (with reasons), SCORE_NOT_SIGNED_UP, PASS_RULE_NOT_SET, SCORE_PUBLISHED, CONFLICT */
        put: operations["ResultsController_enterSkills"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/slots/{slotId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** FA-12: move a skills slot; its tickets are regenerated and old prints verify as superseded */
        put: operations["TicketsController_reschedule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Published results by base and subject (a base: its own; a city reviewer: its city's bases; the centre: all): candidates, sat, passed, failed, absent, voided and pass rate, first attempts and retakes apart */
        get: operations["SessionStandingController_statistics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/statistics.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as CSV */
        get: operations["SessionStandingController_statisticsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/statistics.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The statistics as XLSX */
        get: operations["SessionStandingController_statisticsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/ticket-numbers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** TK-3: give every seated SKILLS candidate a ticket number (unique, gap-free, never changed) */
        post: operations["SitesController_issueNumbers"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/tickets/batch.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TK-7: one PDF with all of a base's tickets (a base: its own; the centre: ?baseId=) */
        get: operations["TicketsController_batch"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/tickets/failures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TK-5: the tickets that could not be rendered (candidate, subject, why in Chinese), by ticket number, paged
         * @description Generating again (POST …/tickets/generate) retries them once their data is fixed.
         */
        get: operations["TicketsController_failures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/tickets/generate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * TK-5: number every seated candidate and queue the PDFs that are missing or out of date
         * @description 503 REDIS_UNAVAILABLE: the PDFs cannot be queued now; the numbers stand, and the worker queues the PDFs once Redis is back.
         */
        post: operations["TicketsController_generate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/sessions/{sessionId}/tickets/progress": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TK-5: tickets done / failed / pending / total */
        get: operations["TicketsController_progress"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-ups within your scope, filtered and paged */
        get: operations["SignupsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One sign-up with its explained verdict */
        get: operations["SignupsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups/{id}/base-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** FA-8: the base approves, rejects (reason) or returns for correction (reason) */
        post: operations["SignupsController_baseReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** FA-11: cancel for false information (audited) */
        post: operations["SignupsController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups/{id}/centre-review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** FA-9: the centre approves or rejects (reason) what the base approved */
        post: operations["SignupsController_centreReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/signups/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same rows as the list (all pages), as CSV or XLSX; formula-like cells neutralised */
        get: operations["SignupsController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standing/certificate-eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-6: who may apply for the training certificate, and why not for everyone else (a base: its own; a city reviewer: its city; the centre: the province) */
        get: operations["StandingController_certificateEligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standing/certificate-eligibility.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-6: the same rows as the list (all pages; page and pageSize ignored) as CSV; formula-like cells neutralised */
        get: operations["StandingController_certificateEligibilityCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standing/certificate-eligibility.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-6: the same rows as the list (all pages; page and pageSize ignored) as XLSX; formula-like cells neutralised */
        get: operations["StandingController_certificateEligibilityXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/standing/retraining": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-7/FA-3: who must still pass what and by when (IN_TIME, LAST_YEAR, RETRAINING_REQUIRED), most urgent first */
        get: operations["StandingController_retrainingList"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Trainees within your scope */
        get: operations["TraineesController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainees/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One trainee within your scope (ID number masked) */
        get: operations["TraineesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Edit one trainee (audited, with a reason) */
        patch: operations["TraineesController_edit"];
        trace?: never;
    };
    "/trainees/{id}/id-number": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The full ID number, for those who must see it; every look is audited */
        get: operations["TraineesController_revealIdNumber"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainees/{id}/photo": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A trainee's photo (JPEG, re-encoded without its metadata), within your scope */
        get: operations["TraineesController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainees/{id}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** SC-3/SC-6/SC-7/FA-3: one trainee's standing (a base: its own trainees; a city reviewer: its city's; 403 FORBIDDEN_SCOPE otherwise) */
        get: operations["StandingController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/trainees/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Roster import: a report for every row; with commit=true all rows or none are written
         * @description 422 ROSTER_INVALID (with the report) when commit=true and a row is in error.
         */
        post: operations["TraineesController_import"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * TK-6: is this ticket genuine and current? Shows the name, masked ID number and photo only
         * @description A ticket’s QR code encodes the portal’s page `{PUBLIC_ORIGIN}/verify/{token}`; the page passes the token on here.
         */
        get: operations["TicketsController_verify"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccountLockView: {
            failedLoginCount: number;
            id: number;
            locked: boolean;
            /** Format: date-time */
            lockedUntil: string | null;
            username: string;
        };
        /** @description One page of a list: its rows and the number of all rows that match. */
        AccountPage: {
            items: components["schemas"]["AccountView"][];
            total: number;
        };
        AccountReasonDto: {
            /**
             * @description why (audited)
             * @example 本人来电核实身份
             */
            reason: string;
        };
        AccountView: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            id: number;
            locked: boolean;
            mustChangePassword: boolean;
            organisationId: number | null;
            organisationName: string | null;
            phone: string | null;
            role: components["schemas"]["Role"];
            username: string;
        };
        /** @description Who is acting, as the verified token says. Scope checks read only this, never the request. baseId / cityId are the organisation the account works for (a base reviewer has both). */
        Actor: {
            baseId: number | null;
            cityId: number | null;
            organisationId: number | null;
            role: components["schemas"]["Role"] | "SYSTEM";
            traineeId: number | null;
            userId: number | null;
        };
        AdjustmentExplanation: {
            considered: boolean;
            decidedBy: (string & components["schemas"]["RankingKey"]) | null;
            /** @description Admitted: the last admitted by adjustment at their track. NO_SEAT_LEFT: the last admitted by adjustment at any track open to the applicant's type (with SAME_CITY_FIRST it may rank below them: a same-city place). */
            lastAdmittedRank: number | null;
            lastAdmittedScore: number | null;
            note: components["schemas"]["AdjustmentNote"];
            /** @description Position in the adjustment ranking (among those considered). */
            rank: number | null;
            /** @description Placed at a base of the applicant's own city. */
            sameCity: boolean | null;
            score: number | null;
            /** @description Where the applicant was placed. */
            track: components["schemas"]["TrackKey"] | null;
        };
        /**
         * @description - ADMITTED; NO_SEAT_LEFT: ranked, but no track open to the applicant had a seat when their turn came;
         *     - ADMITTED_EARLIER: admitted by a choice; DID_NOT_ACCEPT: declined adjustment (RC-4);
         *     - ADJUSTMENT_OFF: the round has no adjustment; NO_SCORE: no adjustment ranking score;
         *     - ROUND_NOT_RUN: adjustment comes after `runThrough`.
         * @enum {string}
         */
        AdjustmentNote: "ADMITTED" | "NO_SEAT_LEFT" | "ADMITTED_EARLIER" | "DID_NOT_ACCEPT" | "ADJUSTMENT_OFF" | "NO_SCORE" | "ROUND_NOT_RUN";
        /** @enum {string} */
        AdjustmentPreference: "SAME_CITY_FIRST" | "NONE";
        /** @enum {string} */
        AdjustmentRanking: "RANKING_SCORE" | "ADJUSTMENT_SCORE";
        Admission: {
            applicantId: number;
            /**
             * @description The choice (1 or 2) that admitted; null for adjustment.
             * @enum {number|null}
             */
            choice: 1 | 2 | null;
            /** @description Position in the ranking the round used for this track (1-based). */
            rank: number;
            round: components["schemas"]["AdmissionRound"];
            score: number;
            track: components["schemas"]["TrackKey"];
        };
        /**
         * @description 顺序志愿 (bases rank by their own assessment, choice round after choice round) or 平行志愿 (one central ranking).
         * @enum {string}
         */
        AdmissionMechanism: "SEQUENTIAL_CHOICES" | "CENTRAL_PARALLEL";
        /** @description What the public verification of an admission notice shows: enough to tell a genuine notice, nothing more. */
        AdmissionNoticeVerification: {
            applicantType: string;
            baseName: string;
            /** @enum {boolean} */
            genuine: true;
            idMasked: string;
            name: string;
            roundName: string;
            /** @description ADMITTED (待报到), REPORTED, NO_SHOW, CANCELLED or WITHDRAWN: a notice of a lost place verifies, but says so. */
            status: components["schemas"]["PlacementStatus"];
            statusText: string;
        };
        AdmissionOutcomePage: {
            items: components["schemas"]["AdmissionOutcomeView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description One applicant's outcome in a run, with the explanation data and its Chinese wording. */
        AdmissionOutcomeView: {
            admitted: boolean;
            admittedBy: (string & components["schemas"]["AdmissionRound"]) | null;
            applicantType: components["schemas"]["ApplicantType"];
            applicationId: number;
            baseId: number | null;
            baseName: string | null;
            explanation: components["schemas"]["ApplicantExplanation"];
            idMasked: string;
            /** @description One line per choice, one for adjustment, one for the result. */
            lines: string[];
            name: string;
        };
        /** @description FIRST and SECOND belong to SEQUENTIAL_CHOICES, PARALLEL to CENTRAL_PARALLEL; both end with ADJUSTMENT. */
        AdmissionRound: components["schemas"]["ChoiceRound"] | "PARALLEL" | "ADJUSTMENT";
        /** @description RC-6: how the round admits, as configured, and the same in plain words. */
        AdmissionRuleView: {
            adjustment: {
                enabled: boolean;
                /** @description SAME_CITY_FIRST: bases of the applicant's (employer's) city first */
                preference: components["schemas"]["AdjustmentPreference"];
                /** @description which score orders the adjustment */
                rankBy: components["schemas"]["AdjustmentRanking"];
            };
            /** @description SEQUENTIAL_CHOICES: first choices, then second choices, by the bases' assessments; CENTRAL_PARALLEL: parallel choices by one ranking */
            mechanism: components["schemas"]["AdmissionMechanism"];
            /** @description e.g. 按第一、二志愿顺序由基地考核录取，之后调剂 */
            summary: components["schemas"]["Bilingual"];
        };
        /** @enum {string} */
        AdmissionRunStatus: "PREVIEW" | "PUBLISHED" | "DISCARDED";
        /** @description An admission run (预览 / 已发布 / 已作废) with its recorded lottery seed and per-track summary. */
        AdmissionRunView: {
            admitted: number;
            /** @description The published run whose stages this one continues, null for the first. */
            afterRunId: number | null;
            applicants: number;
            /** @description ISO instants. */
            createdAt: string;
            /** @description True when no round is left after it. */
            finalStage: boolean;
            id: number;
            /** @description SHA-256 of the input; a publish whose input differs is refused. */
            inputDigest: string;
            /** @enum {string} */
            mechanism: "SEQUENTIAL_CHOICES" | "CENTRAL_PARALLEL";
            publishedAt: string | null;
            quota: number;
            /** @description ISO instant from which applicants read this stage's results, null: as soon as it is published. */
            resultsVisibleFrom: string | null;
            roundId: number;
            rounds: components["schemas"]["AdmissionRound"][];
            /** @description The lottery seed of the tie-break: anyone can recompute every ticket (SHA-256 of `seed:applicationId`). */
            seed: string;
            /** @description The stage in Chinese: 第一志愿, 第二志愿, 平行志愿, 调剂. */
            stageLabel: string;
            status: components["schemas"]["AdmissionRunStatus"];
            /** @description The last round the run ran: the stage it publishes (FIRST, SECOND, PARALLEL or ADJUSTMENT). */
            through: components["schemas"]["AdmissionRound"];
            tracks: components["schemas"]["AdmissionTrackView"][];
        };
        AdmissionStagesView: {
            roundId: number;
            stages: components["schemas"]["AdmissionStageView"][];
        };
        /** @description One stage of the round's admission (a choice round, the parallel round or adjustment). */
        AdmissionStageView: {
            final: boolean;
            /** @description 第一志愿, 第二志愿, 平行志愿, 调剂 */
            label: string;
            /** @description A run may stop after this stage now. */
            previewable: boolean;
            /** @description The published run that stopped after this stage, null when none did (not yet, or skipped). */
            publishedRunId: number | null;
            /** @description ISO instant from which applicants read this stage's results; null: as soon as published. */
            resultsVisibleFrom: string | null;
            /** @description Decided by a published run (this stage's or a later one's): its scores are frozen. */
            settled: boolean;
            through: components["schemas"]["AdmissionRound"];
        };
        /** @description RC-6: one track's line of a run: its quota, how many it admitted, the last admitted score. */
        AdmissionTrackView: {
            admitted: number;
            /** @description null: one quota for both applicant types. */
            applicantType: (string & components["schemas"]["ApplicantType"]) | null;
            baseId: number;
            baseName: string;
            lastAdmittedScore: number | null;
            quota: number;
            rounds: {
                admitted: number;
                lastAdmittedScore: number | null;
                round: components["schemas"]["AdmissionRound"];
            }[];
            seatsLeft: number;
        };
        ApplicantExplanation: {
            acceptsAdjustment: boolean;
            adjustment: components["schemas"]["AdjustmentExplanation"];
            admission: components["schemas"]["Admission"] | null;
            applicantId: number;
            applicantType: components["schemas"]["ApplicantType"];
            /** @description Always two entries: choice 1, choice 2. */
            choices: components["schemas"]["ChoiceExplanation"][];
            /** @description This applicant's lottery ticket under the run's seed (16 hex digits; lower ranks first among full ties). */
            lotteryTicket: string;
        };
        ApplicantFacts: {
            birthDate: (string & components["schemas"]["LocalDate"]) | null;
            citizenship: (string & components["schemas"]["Citizenship"]) | null;
            education: components["schemas"]["EducationFacts"] | null;
            employment: components["schemas"]["EmploymentFacts"] | null;
            licence: components["schemas"]["LicenceFacts"];
            servingMilitary: boolean;
            sponsorship: components["schemas"]["Sponsorship"];
            trainingRecords: components["schemas"]["TrainingRecord"][];
        };
        ApplicantRegisterDto: {
            /** @example 350102199901011234 */
            idNumber: string;
            /** @enum {string} */
            idType: "RESIDENT_ID" | "HMT_RESIDENCE_PERMIT" | "HK_MACAU_PERMIT" | "TAIWAN_PERMIT" | "PASSPORT" | "FOREIGN_PERMANENT_RESIDENT";
            /** @example 王芳 */
            name: string;
            /** @description the candidates’ password policy (400 PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME) */
            password: string;
            /**
             * @description mainland mobile number
             * @example 13800000000
             */
            phone: string;
            /**
             * @description login name: letters, digits, . _ - (3–64)
             * @example wangfang
             */
            username: string;
        };
        /**
         * @description RC-1: 单位人 (EMPLOYED) and 社会人 (INDEPENDENT).
         * @enum {string}
         */
        ApplicantType: "EMPLOYED" | "INDEPENDENT";
        ApplicationChoicesDto: {
            /** @description accepts adjustment to another base (调剂) */
            acceptsAdjustment: boolean;
            /** @description base organisation ids, first choice first (at most the round’s maximum) */
            baseIds: number[];
            /** @description the version you edited; a stale one is refused (409 APPLICATION_CHANGED) */
            expectedVersion?: number;
        };
        /** @description A choice as the applicant made it: its order, the base's organisation id and name. */
        ApplicationChoiceView: {
            baseId: number;
            baseName: string;
            /** @description 1 for the first choice */
            order: number;
        };
        ApplicationDocumentCheck: {
            complete: boolean;
            missing: components["schemas"]["MissingDocumentView"][];
        };
        ApplicationDocumentView: {
            bytes: number;
            kind: components["schemas"]["DocumentKind"];
            label: components["schemas"]["Bilingual"];
            sha256: string;
            /** @description Beijing time */
            uploadedAt: string;
        };
        /** @description A row of the reviewers' list and of its exports. */
        ApplicationListRow: {
            acceptsAdjustment: boolean;
            applicantType: components["schemas"]["ApplicantType"];
            choices: components["schemas"]["ApplicationChoiceView"][];
            eligible: boolean | null;
            employerCityName: string | null;
            id: number;
            idMasked: string;
            name: string;
            nextReviewer: (string & components["schemas"]["ReviewLevel"]) | null;
            phone: string | null;
            roundCode: string;
            roundId: number;
            status: components["schemas"]["ReviewStatus"];
            statusLabel: components["schemas"]["Bilingual"];
            /** @description Beijing time */
            submittedAt: string | null;
            version: number;
        };
        ApplicationPage: {
            items: components["schemas"]["ApplicationListRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        ApplicationProfileDto: {
            /**
             * @description EMPLOYED (单位人) or INDEPENDENT (社会人)
             * @enum {string}
             */
            applicantType: "EMPLOYED" | "INDEPENDENT";
            /** @description EMPLOYED where a city commission reviews: the organisation id of the employer’s city */
            employerCityId?: Record<string, never> | null;
            /** @description the version you edited; a stale one is refused (409 APPLICATION_CHANGED) */
            expectedVersion?: number;
            /** @description RC-2 facts: birthDate (taken from a resident ID number instead), citizenship, education {level, major, fullTime, lengthYears, graduationYear, diplomaHeld, overseas}, employment {status, facility, rural, regionCode, startYear}, sponsorship, servingMilitary, trainingRecords [{programme, status, withdrawnOn, where}], licence {qualification, gpScope}. Each problem is listed with its path (400 APPLICANT_FACTS_INVALID). */
            facts: {
                [key: string]: unknown;
            };
        };
        /** @description RC-5: an application's review steps as they happened, for its applicant and for the reviewers who see it. */
        ApplicationReviewHistory: {
            applicationId: number;
            roundId: number;
            status: components["schemas"]["ReviewStatus"];
            statusLabel: components["schemas"]["Bilingual"];
            /** @description oldest first */
            steps: components["schemas"]["ApplicationReviewStep"][];
        };
        ApplicationReviewStep: {
            /** @description Beijing time */
            at: string;
            by: components["schemas"]["ApplicationStepActor"];
            /** @description the level as the chain names it (培训基地, 设区市卫健委, …); 本人 or 平台 for the others */
            byLabel: components["schemas"]["Bilingual"];
            /** @description a return: correct and resubmit before this instant (Beijing time) */
            correctBy: string | null;
            kind: components["schemas"]["ApplicationStepKind"];
            /** @description the organisation that decided (a base, a city commission, the round's authority); null for the applicant and the platform */
            organisationName: string | null;
            outcome: components["schemas"]["Bilingual"];
            /** @description a return's or a rejection's reason, as the reviewer wrote it */
            reason: string | null;
            /** @description the review stage a decision was taken in: AFTER_ADMISSION is the re-review of those to be admitted */
            stage: (string & components["schemas"]["ReviewStage"]) | null;
            /** @description the application's status after the step */
            status: (string & components["schemas"]["ReviewStatus"]) | null;
        };
        /** @description Who took a step: the applicant, a review level, or the platform on its own (the return's deadline passing). */
        ApplicationStepActor: "APPLICANT" | components["schemas"]["ReviewLevel"] | "SYSTEM";
        /**
         * @description RE_REVIEW_STARTED: the admission published with this applicant among those to be admitted, re-review to follow.
         * @enum {string}
         */
        ApplicationStepKind: "SUBMITTED" | "RESUBMITTED" | "APPROVED" | "RETURNED" | "REJECTED" | "WITHDRAWN" | "RE_REVIEW_STARTED";
        /** @description One application with everything its applicant and its reviewers read (ID number masked). */
        ApplicationView: {
            acceptsAdjustment: boolean;
            applicantType: components["schemas"]["ApplicantType"];
            choices: components["schemas"]["ApplicationChoiceView"][];
            documentCheck: components["schemas"]["ApplicationDocumentCheck"];
            documents: components["schemas"]["ApplicationDocumentView"][];
            /** @description the applicant may still change it (a draft, or returned for correction) */
            editable: boolean;
            eligible: boolean | null;
            employerCityId: number | null;
            employerCityName: string | null;
            /** @description RC-2's facts as declared */
            facts: components["schemas"]["ApplicantFacts"];
            id: number;
            idMasked: string;
            idType: components["schemas"]["IdDocumentType"];
            jurisdiction: components["schemas"]["Jurisdiction"];
            name: string;
            /** @description RC-5: the level that reviews now, null when nobody does */
            nextReviewer: (string & components["schemas"]["ReviewLevel"]) | null;
            nextReviewerLabel: components["schemas"]["Bilingual"] | null;
            phone: string | null;
            rejected: {
                level: components["schemas"]["ReviewLevel"];
                reason: string;
            } | null;
            /** @description the correction asked for; correctBy in Beijing time */
            returned: {
                correctBy: string;
                level: components["schemas"]["ReviewLevel"];
                reason: string;
            } | null;
            roundCode: string;
            roundId: number;
            roundName: string;
            stage: components["schemas"]["ReviewStage"];
            status: components["schemas"]["ReviewStatus"];
            statusLabel: components["schemas"]["Bilingual"];
            /** @description Beijing time */
            submittedAt: string | null;
            /** @description RC-2: the verdict of the last submission, rule by rule */
            verdict: components["schemas"]["RecruitmentVerdict"] | null;
            /** @description send it back as expectedVersion: a stale one is refused */
            version: number;
        };
        ArrivalDto: {
            /**
             * @description the Beijing day the trainee reported: the start of training (RC-9)
             * @example 2025-08-20
             */
            reportedOn: string;
        };
        /** @enum {string} */
        AssessmentRound: "FIRST" | "SECOND" | "ADJUSTMENT";
        /** @description One choice round of base assessments: when the bases assess, and when its results show (Beijing time). */
        AssessmentRoundView: {
            assessment: components["schemas"]["WindowView"];
            label: components["schemas"]["Bilingual"];
            resultsVisibleAt: string | null;
            /** @enum {string} */
            round: "FIRST" | "SECOND" | "ADJUSTMENT";
        };
        /**
         * @description A retake: the trainee has an earlier counting attempt in the same subject in an earlier year.
         * @enum {string}
         */
        AttemptKind: "FIRST" | "RETAKE";
        /** @enum {string} */
        AttemptOutcome: "PASSED" | "FAILED" | "ABSENT";
        /** @enum {string} */
        AttemptSource: "HISTORY" | "IMPORT" | "ENTRY" | "CORRECTION";
        /** @description One result as staff see it after a write: what is stored now, and the version to send with the next change. */
        AttemptView: {
            failedCriticalItems: string[] | null;
            id: number;
            outcome: components["schemas"]["AttemptOutcome"];
            score: number | null;
            sessionId: number | null;
            source: components["schemas"]["AttemptSource"];
            stationScores: {
                [key: string]: number | null;
            } | null;
            subject: components["schemas"]["Subject"];
            traineeId: number;
            version: number;
            voided: boolean;
            /** @description Beijing time */
            voidedAt: string | null;
            voidKind: (string & components["schemas"]["AttemptVoidKind"]) | null;
            voidReason: string | null;
            year: number;
        };
        /**
         * @description Why a result no longer counts: SC-5 rotation deadline, SC-8 exam-rule violation, FA-11 false information.
         * @enum {string}
         */
        AttemptVoidKind: "ROTATION_DEADLINE" | "VIOLATION" | "FALSE_INFORMATION";
        AuditPage: {
            items: components["schemas"]["AuditRecord"][];
            total: number;
        };
        /** @description FA-13: who did what, when and why. Append-only: database triggers refuse UPDATE and DELETE. */
        AuditRecord: {
            action: string;
            actorRole: string;
            actorUserId: number | null;
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            entityId: string;
            entityType: string;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            reason: string | null;
            scopeBaseId: number | null;
        };
        BaseReviewDto: {
            /** @enum {string} */
            decision: "APPROVE" | "REJECT" | "RETURN";
            /** @description the version you reviewed; a stale one is refused */
            expectedVersion?: number;
            /** @description required to reject or return */
            reason?: string;
        };
        /** @description Text shown to people, always in both languages. */
        Bilingual: {
            en: string;
            zh: string;
        };
        /** @description A one-time link to the queue board: open it (a path on this origin) within its minute. */
        BoardLink: {
            expiresAt: string;
            /** @description e.g. /api/queues/enter?code=… */
            url: string;
        };
        /** @description TK-4: where and when the candidate sits the skills assessment. */
        CandidateSeat: {
            room: {
                id: string;
                name: string;
            };
            seat: number;
            sessionId: number;
            site: {
                address: string;
                code: string;
                name: string;
            };
            /** @description the day (YYYY-MM-DD) and Beijing times (HH:mm) */
            slot: {
                date: string;
                endsAt: string;
                startsAt: string;
            };
            /** @enum {string} */
            subject: "SKILLS";
            /** @description once the ticket is numbered */
            ticketNumber: string | null;
        };
        CandidateSessionResults: {
            results: {
                /** @description THEORY: 不接受成绩复核申请 */
                notice: components["schemas"]["Bilingual"] | null;
                outcome: components["schemas"]["AttemptOutcome"];
                outcomeLabel: components["schemas"]["Bilingual"];
                publishedAt: string;
                /** @description null when absent */
                score: number | null;
                stationScores: {
                    [key: string]: number | null;
                } | null;
                subject: components["schemas"]["Subject"];
                /** @description 31 Dec of Y+2 for a pass that still counts; null otherwise */
                validUntil: string | null;
                voided: boolean;
                voidKind: (string & components["schemas"]["AttemptVoidKind"]) | null;
                voidKindLabel: components["schemas"]["Bilingual"] | null;
                voidReason: string | null;
            }[];
            sessionCode: string;
            sessionId: number;
            sessionName: string;
            year: number;
        };
        CentreReviewDto: {
            /** @enum {string} */
            decision: "APPROVE" | "REJECT";
            expectedVersion?: number;
            /** @description required to reject */
            reason?: string;
        };
        CertificateCheck: {
            /** @description the facts the rule used */
            data: components["schemas"]["CheckData"];
            explanation: components["schemas"]["Bilingual"];
            passed: boolean;
            rule: components["schemas"]["CertificateRuleId"];
            title: components["schemas"]["Bilingual"];
        };
        CertificateEligibility: {
            /** @description every rule, always in CERTIFICATE_RULE_IDS order, so "why not" is complete */
            checks: components["schemas"]["CertificateCheck"][];
            eligible: boolean;
            failedRules: components["schemas"]["CertificateRuleId"][];
        };
        CertificateListPage: {
            items: components["schemas"]["CertificateListRow"][];
            page: number;
            pageSize: number;
            today: components["schemas"]["LocalDate"];
            total: number;
        };
        CertificateListRow: {
            baseId: number;
            baseName: string;
            cityName: string;
            cohort: string;
            eligible: boolean;
            failedRules: components["schemas"]["CertificateRuleId"][];
            idNumberMasked: string;
            name: string;
            /** @description the failed checks' explanations, in rule order: "why not" */
            reasons: components["schemas"]["Bilingual"][];
            rotationEndDate: components["schemas"]["LocalDate"];
            traineeId: number;
        };
        /** @enum {string} */
        CertificateRuleId: "SC-6.theory" | "SC-6.skills" | "SC-6.valid-together" | "SC-6.rotation" | "SC-6.process" | "SC-6.photo";
        ChangePasswordDto: {
            currentPassword: string;
            /** @description at least 10 characters, not a common password, not containing the username (400 PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME) */
            newPassword: string;
        };
        CheckData: {
            [key: string]: (string | null) | number | boolean | string[];
        };
        CheckerVerificationDto: {
            /** @description the token of the ticket’s QR code: the last path segment of the link it encodes, `{PUBLIC_ORIGIN}/verify/{token}` (as in GET /verify/{token}) */
            token: string;
        };
        /** @enum {string} */
        CheckOutcome: "PASS" | "FAIL" | "EXCEPTED";
        ChoiceExplanation: {
            /** @description null only for NO_SUCH_CHOICE. */
            baseId: number | null;
            /** @enum {number} */
            choice: 1 | 2;
            /** @description Ranked for this track in this round (ADMITTED or TRACK_FULL_BEFORE_TURN). */
            considered: boolean;
            /** @description For TRACK_FULL_BEFORE_TURN behind a last admitted applicant: the key that decided between them. */
            decidedBy: (string & components["schemas"]["RankingKey"]) | null;
            lastAdmittedRank: number | null;
            lastAdmittedScore: number | null;
            note: components["schemas"]["ChoiceNote"];
            /** @description Sequential: position among the track's applicants of this round; parallel: position in the central ranking. */
            rank: number | null;
            /** @enum {string} */
            round: "FIRST" | "SECOND" | "PARALLEL";
            /** @description The score this round ranked by, when there is one. */
            score: number | null;
            /** @description The track's seats left when the round began (null when there is no track or the round was not run). */
            seatsAtStart: number | null;
            /** @description null when the choice does not resolve to a track (NO_SUCH_CHOICE, BASE_NOT_IN_PLAN, NO_QUOTA_FOR_TYPE). */
            track: components["schemas"]["TrackKey"] | null;
        };
        /**
         * @description Why a choice did or did not admit:
         *     - ADMITTED;
         *     - TRACK_FULL_BEFORE_TURN: ranked, but the track's seats went to applicants ranked above (or none were left);
         *     - ADMITTED_EARLIER: admitted in an earlier round, or by an earlier choice of the same round: not considered;
         *     - NO_SUCH_CHOICE: the applicant listed fewer choices;
         *     - BASE_NOT_IN_PLAN: the base has no track in this round;
         *     - NO_QUOTA_FOR_TYPE: the base splits quotas by type and has none for the applicant's type;
         *     - NO_SCORE: no score for this round (absent from the base's assessment, or not ranked centrally);
         *     - ROUND_NOT_RUN: the round comes after `runThrough`.
         * @enum {string}
         */
        ChoiceNote: "ADMITTED" | "TRACK_FULL_BEFORE_TURN" | "ADMITTED_EARLIER" | "NO_SUCH_CHOICE" | "BASE_NOT_IN_PLAN" | "NO_QUOTA_FOR_TYPE" | "NO_SCORE" | "ROUND_NOT_RUN";
        /** @enum {string} */
        ChoiceRound: "FIRST" | "SECOND";
        /**
         * @description 中华人民共和国国籍 on the mainland, or from Hong Kong, Macao or Taiwan; or a foreign national.
         * @enum {string}
         */
        Citizenship: "MAINLAND" | "HONG_KONG" | "MACAU" | "TAIWAN" | "FOREIGN";
        CorrectionDto: {
            /** @description the version of the result you corrected */
            expectedVersion: number;
            /** @description SKILLS only: critical items failed (ids from the session's skills rule, e.g. BASIC_PROCEDURES.aseptic); [] = none */
            failedCriticalItems?: string[];
            /** @description why (audited), e.g. 阅卷复核发现登分错误 */
            reason: string;
            /** @description THEORY only: the corrected standard score; null = absent */
            score?: number | null;
            /** @description SKILLS only: all four stations */
            stations?: components["schemas"]["StationsDto"];
        };
        CreateAccountDto: {
            /** @example 福州市第一总医院培训办 */
            displayName: string;
            /** @description the organisation the account works for, inside the centre’s own */
            organisationId: number;
            /** @example 0591-87654321 */
            phone?: string | null;
            /**
             * @description why (audited)
             * @example 本人来电核实身份
             */
            reason?: string;
            /**
             * @description BASE_REVIEWER at a base, CITY_REVIEWER at a city, CHECKER at the province or a city
             * @enum {string}
             */
            role: "BASE_REVIEWER" | "CITY_REVIEWER" | "CHECKER";
            /**
             * @description login name: letters, digits, . _ - (3–64); stored trimmed, NFKC, lower case
             * @example checker-fz01
             */
            username: string;
        };
        /** @description A record just created. */
        CreatedRecord: {
            id: number;
        };
        /** @enum {string} */
        DiplomaAlternative: "GRADUATION_PROMISE" | "STUDENT_CARD_AND_ENROLMENT_RECORD";
        /** @enum {string} */
        DocumentFormat: "JPEG" | "PNG" | "PDF";
        /**
         * @description RC-3 / RC-1: the files an applicant may upload, one kind each.
         * @enum {string}
         */
        DocumentKind: "ID_FRONT" | "ID_BACK" | "PHOTO" | "DIPLOMA" | "GRADUATION_PROMISE" | "STUDENT_CARD" | "ENROLMENT_RECORD" | "PHYSICIAN_QUALIFICATION" | "OVERSEAS_DEGREE_CERTIFICATION" | "LABOUR_CONTRACT" | "EMPLOYER_CONSENT" | "COUNTY_TRAINING_LETTER";
        /** @description RC-3: a round's document rules, as data. */
        DocumentRequirements: {
            /** @description What a graduate of the round's year who has no diploma yet may give instead; empty: the diploma only. */
            diplomaAlternatives: components["schemas"]["DiplomaAlternative"][];
            /** @description RC-1: what an EMPLOYED applicant adds. */
            employed: {
                /** @description A locally-oriented graduate of the round's year with no employer yet may give the county letter instead. */
                countyLetterForLocallyOriented: boolean;
                employerConsent: boolean;
                labourContract: boolean;
            };
            formats: components["schemas"]["DocumentFormat"][];
            /** @description Per file; 300 KB by default ("jpg 格式，规格 300KB 以下"). */
            maxBytes: number;
            overseasDegreeCertification: boolean;
            photo: boolean;
            /** @description The qualification certificate, from those who hold one (未取得者可不提交). */
            physicianQualificationIfHeld: boolean;
        };
        DraftDto: {
            subjects: ("THEORY" | "SKILLS")[];
        };
        EducationFacts: {
            /** @description The diploma is in hand (a this-year graduate may not have it yet). */
            diplomaHeld: boolean;
            fullTime: boolean;
            graduationYear: number;
            /** @description Length of the programme in years (三年制: 3); null when unknown. */
            lengthYears: number | null;
            level: components["schemas"]["EducationLevel"];
            major: components["schemas"]["Major"];
            /** @description Awarded abroad: needs the education ministry's certification (RC-3). */
            overseas: boolean;
        };
        /**
         * @description 中专, 高职（专科）, 本科, 硕士, 博士: the applicant's highest completed (or this year's) education.
         * @enum {string}
         */
        EducationLevel: "SECONDARY" | "COLLEGE" | "BACHELOR" | "MASTER" | "DOCTORATE";
        EligibilityExceptionPage: {
            items: components["schemas"]["EligibilityExceptionView"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description FA-14: one exception the centre granted, as its list shows it. */
        EligibilityExceptionView: {
            baseId: number | null;
            baseName: string;
            /** @description Beijing time, e.g. 2024-03-05T10:00:00+08:00 */
            grantedAt: string;
            grantedBy: {
                displayName: string | null;
                userId: number;
            };
            id: number;
            idNumberMasked: string;
            reason: string;
            rule: components["schemas"]["EligibilityRuleId"];
            ruleTitle: components["schemas"]["Bilingual"];
            sessionId: number;
            traineeId: number;
            traineeName: string;
        };
        /** @enum {string} */
        EligibilityRuleId: "FA-1" | "FA-2.rotation" | "FA-2.phase-theory" | "FA-2.process" | "FA-3" | "FA-4" | "FA-5" | "FA-6";
        EligibilityVerdict: {
            /** @description every rule, always in the order of ELIGIBILITY_RULE_IDS */
            checks: components["schemas"]["RuleCheck"][];
            eligible: boolean;
            /** @description ISO instant */
            evaluatedAt: string;
            failedRules: components["schemas"]["EligibilityRuleId"][];
            retrainingRequired: boolean;
            ruleSetVersion: string;
            subjects: components["schemas"]["SubjectStanding"];
        };
        EmploymentFacts: {
            facility: components["schemas"]["FacilityKind"];
            /** @description GB/T 2260 code of the facility's county (or any level), e.g. "350181"; null when unknown. */
            regionCode: string | null;
            rural: boolean;
            /** @description Year the applicant joined the facility; null while INTENDING. */
            startYear: number | null;
            status: components["schemas"]["EmploymentStatus"];
        };
        /**
         * @description 已在 (works there) or 拟在 (about to: a job offer, or a graduate who will join).
         * @enum {string}
         */
        EmploymentStatus: "EMPLOYED" | "INTENDING";
        /** @description A skills-assessment site of a session (TK-4); its two-character code goes into ticket numbers (TK-3). */
        ExamSite: {
            address: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            name: string;
            sessionId: number;
        };
        /** @description A day and time slot at a site, with its rooms / station groups and their capacities (TK-4). */
        ExamSlot: {
            /** Format: date-time */
            createdAt: string;
            date: string;
            endsAt: string;
            id: number;
            rooms: components["schemas"]["SeatingRoom"][];
            siteId: number;
            startsAt: string;
        };
        ExceptionDto: {
            reason: string;
            /** @enum {string} */
            rule: "FA-2.rotation" | "FA-2.phase-theory" | "FA-2.process" | "FA-3";
            traineeId: number;
        };
        /**
         * @description Where the applicant works or will work. Primary care (基层医疗卫生机构) is every kind but NOT_PRIMARY_CARE.
         * @enum {string}
         */
        FacilityKind: "TOWNSHIP_HOSPITAL" | "VILLAGE_CLINIC" | "COMMUNITY_HEALTH_CENTRE" | "OTHER_PRIMARY_CARE" | "NOT_PRIMARY_CARE";
        /** @enum {string} */
        IdDocumentType: "RESIDENT_ID" | "HMT_RESIDENCE_PERMIT" | "HK_MACAU_PERMIT" | "TAIWAN_PERMIT" | "PASSPORT" | "FOREIGN_PERMANENT_RESIDENT";
        /** @description A score write's answer: the stored result and why it was judged so. */
        JudgedAttemptView: {
            explanation: components["schemas"]["Bilingual"];
            failedCriticalItems: string[] | null;
            id: number;
            outcome: components["schemas"]["AttemptOutcome"];
            /** @description SKILLS: every reason of the judgement, station by station */
            reasons: components["schemas"]["SkillsReason"][] | null;
            score: number | null;
            sessionId: number | null;
            source: components["schemas"]["AttemptSource"];
            stationScores: {
                [key: string]: number | null;
            } | null;
            subject: components["schemas"]["Subject"];
            traineeId: number;
            version: number;
            voided: boolean;
            /** @description Beijing time */
            voidedAt: string | null;
            voidKind: (string & components["schemas"]["AttemptVoidKind"]) | null;
            voidReason: string | null;
            year: number;
        };
        /**
         * @description The authority that runs a recruitment round (SPEC Part D, Jurisdictions): a provincial centre, a municipal commission or a city commission. Its administrator sees only its own rounds; bans (RC-8) and "in training anywhere" (RC-2) are looked up across all of them by ID number.
         * @enum {string}
         */
        Jurisdiction: "FUJIAN" | "CHONGQING" | "XIAOGAN";
        LicenceFacts: {
            /** @description The registered practice scope includes general practice (执业范围加注全科医学专业). */
            gpScope: boolean;
            qualification: components["schemas"]["PhysicianQualification"];
        };
        /** @description Liveness: the process answers. */
        Liveness: {
            /** @enum {string} */
            status: "ok";
        };
        /** @description A calendar date, "YYYY-MM-DD". */
        LocalDate: string;
        LoginDto: {
            /** @example Demo#2024 */
            password: string;
            /** @example centre */
            username: string;
        };
        LogoutDto: {
            /** @description ignored: the login ended is the access token’s own */
            refreshToken?: string;
        };
        /**
         * @description 临床医学（类）专业, or anything else; the notices admit clinical medicine only.
         * @enum {string}
         */
        Major: "CLINICAL_MEDICINE" | "OTHER";
        /** @enum {string} */
        MessageKind: "SIGNUP_BASE_APPROVED" | "SIGNUP_APPROVED" | "SIGNUP_REJECTED" | "SIGNUP_RETURNED" | "SIGNUP_VOIDED" | "SIGNUP_CANCELLED" | "TICKETS_READY" | "SESSION_RESCHEDULED" | "SESSION_CANCELLED" | "RESULTS_PUBLISHED" | "THREE_YEAR_LIMIT_APPROACHING" | "RECRUITMENT_REVIEW_PASSED" | "RECRUITMENT_REJECTED" | "RECRUITMENT_RETURNED" | "RECRUITMENT_WITHDRAWN" | "RECRUITMENT_RESULTS_PUBLISHED" | "RECRUITMENT_ADMITTED" | "RECRUITMENT_NOT_ADMITTED" | "RECRUITMENT_NOTICE_READY" | "RECRUITMENT_NO_SHOW";
        MessagePage: {
            items: components["schemas"]["MessageView"][];
            page: number;
            pageSize: number;
            /** @description messages matching the query (all, or the unread ones) */
            total: number;
            /** @description unread messages, whatever the query */
            unread: number;
        };
        MessageView: {
            body: string;
            /** @description Beijing time */
            createdAt: string;
            /** @description What the text was written from, by kind: the session (sessionId, sessionName) and sign-up (signupId) of review outcomes, with the reason and, for a return, the deadline to correct it (correctBefore); the ticket number, exam slot, site and print window of TICKETS_READY; the old and new time (before, after) of SESSION_RESCHEDULED; the subject of RESULTS_PUBLISHED; the limit (deadline), what remains (remainingSubjects) and the years left (remainingYears) of THREE_YEAR_LIMIT_APPROACHING. Times are Beijing time with their offset. */
            facts: {
                [key: string]: unknown;
            };
            id: number;
            kind: components["schemas"]["MessageKind"];
            read: boolean;
            /** @description Beijing time; null while unread */
            readAt: string | null;
            title: string;
        };
        /** @description RC-3: what is still to upload, requirement by requirement (any one alternative set satisfies it). */
        MissingDocumentView: {
            label: components["schemas"]["Bilingual"];
            message: components["schemas"]["Bilingual"];
            reason: components["schemas"]["Bilingual"];
            requirement: string;
            stillNeeded: components["schemas"]["DocumentKind"][][];
        };
        /** @description What an applicant sees of their round's admission, from the round's results time on. */
        MyAdmissionView: {
            admitted: boolean;
            admittedBy: (string & components["schemas"]["AdmissionRound"]) | null;
            baseName: string | null;
            finalStage: boolean;
            /** @description Why, in plain Chinese: each choice, the adjustment, the result. */
            lines: string[];
            /** @description The place, once admitted: its reporting status and whether the admission notice can be downloaded. */
            placement: {
                /** @enum {string} */
                noticeStatus: "PENDING" | "READY" | "FAILED";
                reportedOn: string | null;
                status: components["schemas"]["PlacementStatus"];
            } | null;
            /** @description ISO instant of the reporting deadline, null when the round sets none. */
            reportingDeadline: string | null;
            roundId: number;
            roundName: string;
            /** @description The latest published stage the applicant can read; before the final stage, later rounds may still admit. */
            stage: components["schemas"]["AdmissionRound"];
            stageLabel: string;
        };
        NationalRosterBaseReport: {
            baseId: number | null;
            baseName: string;
            /** @description On the national list, with no THEORY sign-up here. */
            missingLocally: {
                idNumberMasked: string;
                name: string;
                rowNumber: number;
            }[];
            /** @description Signed up for THEORY here, not found on the national list: cannot sit the exam (FA-10). */
            missingNationally: {
                idNumberMasked: string;
                name: string;
                signupId: number;
                status: string;
            }[];
            /** @description On both, but the names differ: the details must be identical (FA-10). */
            nameMismatches: {
                idNumberMasked: string;
                localName: string;
                nationalName: string;
                rowNumber: number;
                signupId: number;
            }[];
        };
        NationalRosterReport: {
            bases: components["schemas"]["NationalRosterBaseReport"][];
            invalidRows: {
                message: {
                    en: string;
                    zh: string;
                };
                problem: string;
                rowNumber: number;
            }[];
            localTheorySignups: number;
            matched: number;
            nationalRows: number;
            sessionId: number;
        };
        NoShowDto: {
            /** @description why the trainee will not report (shown in the return) */
            reason: string;
        };
        /** @description Province → city (设区市卫健委 / 平潭社会事业局) → base hospital. Scopes are read from this tree. */
        Organisation: {
            /** @description The city a base belongs to (null above base level): a denormalised copy for scope filters. */
            cityId: number | null;
            /** Format: date-time */
            createdAt: string;
            id: number;
            kind: components["schemas"]["OrganisationKind"];
            name: string;
            parentId: number | null;
        };
        /** @enum {string} */
        OrganisationKind: "PROVINCE" | "CITY" | "BASE";
        /** @description FA-6: what an uploaded photo must satisfy, as the validator applies it: the portal's guidance is these numbers. */
        PhotoRequirements: {
            /** @description width / height, e.g. 0.714 for 35:49 */
            aspectRatio: number;
            aspectTolerance: number;
            /**
             * @description JPEG, judged by content
             * @enum {string}
             */
            format: "JPEG";
            maxBytes: number;
            maxHeight: number;
            /** @description refused from the header, before decoding */
            maxPixels: number;
            maxWidth: number;
            minHeight: number;
            minWidth: number;
            whiteBackground: {
                /** @description share of the height (top band) and width (side bands, top half) sampled */
                borderFraction: number;
                /** @description the channel means at most this far apart */
                maxChannelSpread: number;
                /** @description each colour channel's mean over the sampled background, at least (0–255) */
                minChannelMean: number;
                required: boolean;
            };
        };
        /**
         * @description 执业医师资格 (FULL), 执业助理医师资格 (ASSISTANT), or neither.
         * @enum {string}
         */
        PhysicianQualification: "NONE" | "ASSISTANT" | "FULL";
        /** @enum {string} */
        PlacementStatus: "ADMITTED" | "REPORTED" | "NO_SHOW" | "CANCELLED" | "WITHDRAWN";
        /** @description A place as a base or the authority sees it. */
        PlacementView: {
            /** @enum {string} */
            admittedBy: "FIRST" | "SECOND" | "PARALLEL" | "ADJUSTMENT";
            /** @enum {string} */
            applicantType: "EMPLOYED" | "INDEPENDENT";
            applicationId: number;
            baseId: number;
            baseName: string;
            idMasked: string;
            name: string;
            noShowByDeadline: boolean;
            noShowReason: string | null;
            /** @enum {string} */
            noticeStatus: "PENDING" | "READY" | "FAILED";
            reportedOn: string | null;
            status: components["schemas"]["PlacementStatus"];
            traineeId: number | null;
        };
        PreviewRunDto: {
            /**
             * @description the stage to stop after, where results are published round by round (e.g. FIRST: first-choice results); absent: every remaining round
             * @enum {string}
             */
            through?: "FIRST" | "SECOND" | "PARALLEL" | "ADJUSTMENT";
        };
        ProfileEditDto: {
            /** @description only for documents that do not encode it */
            birthDate?: string;
            /**
             * @description where your messages are also e-mailed (when the platform sends e-mail); null removes it
             * @example lin.xiaohua@example.org
             */
            email?: string | null;
            /** @example 13800000000 */
            phone?: string;
            /**
             * @description only for documents that do not encode it
             * @enum {string}
             */
            sex?: "M" | "F";
        };
        PublicationView: {
            missing: number | null;
            published: boolean;
            /** @description Beijing time */
            publishedAt: string | null;
            /** @description centre only: results recorded, and approved candidates still without one */
            results: number | null;
            sessionId: number;
            subject: components["schemas"]["Subject"];
        };
        PublishDto: {
            /** @description publish although approved candidates have no result (e.g. not on the national theory list, FA-10): they stay without one. Needs a reason. */
            acknowledgeMissing?: boolean;
            /** @description a note for the audit trail */
            reason?: string;
        };
        /** @description The number of jobs per state in a queue. */
        QueueCounts: {
            [key: string]: number;
        };
        /** @description A job the worker will run. */
        QueuedJob: {
            jobId: string;
        };
        /** @description What an import answers: every row with its outcome; `committed` says whether the scores were written. */
        RankingImportReport: {
            committed: boolean;
            /** @enum {string|null} */
            encoding: "utf-8" | "gb18030" | null;
            errorRows: number;
            /** @enum {string} */
            format: "csv" | "xlsx";
            rows: components["schemas"]["ScoreRowReport"][];
            totalRows: number;
        };
        /**
         * @description Which ranking key put a refused applicant behind the last one admitted.
         * @enum {string}
         */
        RankingKey: "SCORE" | "SECOND_KEY" | "LOTTERY";
        RankingScoreView: {
            applicationId: number;
            baseId: number | null;
            /** @description CENTRE ranking, or the assessment round the base scored. */
            kind: "RANKING" | components["schemas"]["AssessmentRound"];
            score: number;
        };
        /** @description RC-6: what orders applicants: the authority's single ranking score, or each base's assessment per choice round. */
        RankingView: {
            /** @enum {string} */
            kind: "CENTRE_RANKING" | "BASE_ASSESSMENT";
            /** @description BASE_ASSESSMENT: each choice round in order; CENTRE_RANKING: none */
            rounds: components["schemas"]["AssessmentRoundView"][];
        };
        /** @description Every message marked read. */
        ReadAll: {
            /** @description messages this call marked read */
            marked: number;
            /** @description unread messages left (0, unless one arrived meanwhile) */
            unread: number;
        };
        ReasonDto: {
            reason: string;
        };
        RecruitmentCheck: {
            /** @description The facts and parameters the rule used. */
            data: components["schemas"]["CheckData"];
            explanation: components["schemas"]["Bilingual"];
            label: components["schemas"]["Bilingual"];
            /** @enum {string} */
            outcome: "PASS" | "FAIL";
            rule: components["schemas"]["RecruitmentRuleId"];
        };
        /** @description A round's configuration in plain terms (SPEC Part D's table), for applicants and staff. */
        RecruitmentRoundDetail: {
            adjustmentOffered: boolean;
            admission: {
                closesAt: string | null;
                opensAt: string | null;
                resultsVisibleAt: string | null;
            };
            admissionRule: components["schemas"]["AdmissionRuleView"];
            applicantTypes: components["schemas"]["ApplicantType"][];
            bases: components["schemas"]["RoundBaseView"][];
            choicesMax: number;
            code: string;
            documents: components["schemas"]["DocumentRequirements"];
            id: number;
            jurisdiction: components["schemas"]["Jurisdiction"];
            jurisdictionName: components["schemas"]["Bilingual"];
            name: string;
            notes: string[];
            policy: {
                criteria: components["schemas"]["Bilingual"][];
                id: string;
                name: components["schemas"]["Bilingual"];
                notes: string[];
                source: string;
                version: string;
            };
            /**
             * @description BY_BASE: one quota per base; BY_BASE_AND_TYPE: seats per base and applicant type; null: no plan published yet
             * @enum {string|null}
             */
            quotaSplit: "BY_BASE" | "BY_BASE_AND_TYPE" | null;
            ranking: components["schemas"]["RankingView"];
            reportingDeadline: string | null;
            reviewChain: {
                afterAdmission: components["schemas"]["ReviewLevelView"][];
                EMPLOYED: components["schemas"]["ReviewLevelView"][];
                INDEPENDENT: components["schemas"]["ReviewLevelView"][];
            };
            /** @description Beijing time, exclusive (a notice's "until 17:00") */
            signupClosesAt: string;
            signupOpen: boolean;
            /** @description Beijing time */
            signupOpensAt: string;
            version: number;
            year: number;
        };
        RecruitmentRoundSummary: {
            applicantTypes: components["schemas"]["ApplicantType"][];
            code: string;
            id: number;
            jurisdiction: components["schemas"]["Jurisdiction"];
            jurisdictionName: components["schemas"]["Bilingual"];
            name: string;
            /** @description Beijing time, exclusive (a notice's "until 17:00") */
            signupClosesAt: string;
            signupOpen: boolean;
            /** @description Beijing time */
            signupOpensAt: string;
            year: number;
        };
        /** @enum {string} */
        RecruitmentRuleId: "RC-2.education" | "RC-2.full-time" | "RC-2.graduation-year" | "RC-2.primary-care" | "RC-2.nationality" | "RC-2.age" | "RC-2.sponsorship" | "RC-2.military" | "RC-2.in-training" | "RC-2.licence" | "RC-2.education-excluded" | "RC-8";
        /** @description What a staff member is in recruitment: which pages the portal shows, at which review level, in which jurisdiction. */
        RecruitmentStandingView: {
            /** @description a base's own organisation id; null otherwise */
            baseId: number | null;
            /** @description the city commission's (or the base's) city; null for the authority */
            cityId: number | null;
            jurisdiction: components["schemas"]["Jurisdiction"];
            jurisdictionName: components["schemas"]["Bilingual"];
            /**
             * @description AUTHORITY: administers the jurisdiction's rounds and reviews at its CENTRE level; CITY and BASE review at theirs.
             * @enum {string}
             */
            kind: "AUTHORITY" | "CITY" | "BASE";
        };
        RecruitmentVerdict: {
            /** @description One per criterion of the policy, in the policy's order. */
            checks: components["schemas"]["RecruitmentCheck"][];
            eligible: boolean;
            /** @description ISO instant. */
            evaluatedAt: string;
            failedRules: components["schemas"]["RecruitmentRuleId"][];
            policyId: string;
            policyVersion: string;
            roundCode: string;
        };
        RefreshDto: {
            /** @description the refresh token of the last login or refresh answer; each works once */
            refreshToken: string;
        };
        RegisterDto: {
            /** @example 350102199001011234 */
            idNumber: string;
            /** @enum {string} */
            idType: "RESIDENT_ID" | "HMT_RESIDENCE_PERMIT" | "HK_MACAU_PERMIT" | "TAIWAN_PERMIT" | "PASSPORT" | "FOREIGN_PERMANENT_RESIDENT";
            /** @example 张三 */
            name: string;
            /** @description at least 10 characters, not a common password, not containing the username (400 PASSWORD_TOO_SHORT, PASSWORD_TOO_COMMON, PASSWORD_CONTAINS_USERNAME) */
            password: string;
            /**
             * @description login name: letters, digits, . _ - (3–64)
             * @example zhangsan
             */
            username: string;
        };
        /**
         * @description TK-5: why a ticket could not be rendered, for the centre. The renderer records the failure's message; this turns it into a reason and what to do about it. Failures that are not bad data (the browser) are retried by the queue and never recorded, so every recorded one needs someone to fix the data, then generate again.
         * @enum {string}
         */
        RenderFailureCode: "PHOTO_MISSING" | "PHOTO_FILE_MISSING" | "ROOM_DATA_INVALID" | "CONTENT_INVALID";
        RenderFailureReason: {
            code: components["schemas"]["RenderFailureCode"];
            en: string;
            zh: string;
        };
        /** @description One line of the preview: every row of the file gets one. */
        ReportRow: {
            after?: components["schemas"]["ResultState"];
            before?: components["schemas"]["ResultState"];
            error?: {
                code: components["schemas"]["RowErrorCode"];
                message: components["schemas"]["Bilingual"];
            };
            idNumberMasked: string | null;
            name: string;
            outcome: components["schemas"]["RowOutcome"];
            rowNumber: number;
            traineeId: number | null;
        };
        ReportRowPage: {
            items: components["schemas"]["ReportRow"][];
            total: number;
        };
        RescheduleDto: {
            /** @example 2024-04-26 */
            date: string;
            /** @example 11:30 */
            endsAt: string;
            /** @description why (audited), e.g. 突发公共卫生事件 */
            reason: string;
            /** @example 08:00 */
            startsAt: string;
        };
        /** @description A slot moved: how many tickets were made again. */
        Rescheduling: {
            ticketsRegenerated: number;
        };
        /** @description A result as staff see it: the stored result, who it belongs to, and its outcome in words. */
        ResultListRow: {
            attemptId: number;
            baseId: number;
            baseName: string;
            failedCriticalItems: string[] | null;
            idNumberMasked: string;
            name: string;
            outcome: components["schemas"]["AttemptOutcome"];
            outcomeLabel: components["schemas"]["Bilingual"];
            published: boolean;
            score: number | null;
            source: components["schemas"]["AttemptSource"];
            stationScores: {
                [key: string]: number | null;
            } | null;
            subject: components["schemas"]["Subject"];
            traineeId: number;
            version: number;
            voided: boolean;
            voidKind: (string & components["schemas"]["AttemptVoidKind"]) | null;
            voidReason: string | null;
        };
        ResultPage: {
            items: components["schemas"]["ResultListRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description A result as it stands in the database (or as a row would write it), for comparison and display. */
        ResultState: {
            failedCriticalItems?: string[] | null;
            outcome: components["schemas"]["AttemptOutcome"];
            score: number | null;
            stationScores?: {
                AUX_EXAM_READING: number | null;
                BASIC_PROCEDURES: number | null;
                CASE_ANALYSIS: number | null;
                MEDICAL_RECORD: number | null;
            } | null;
        };
        RetrainingListRow: {
            baseId: number;
            baseName: string;
            cohort: string;
            deadline: components["schemas"]["LocalDate"];
            explanation: components["schemas"]["Bilingual"];
            idNumberMasked: string;
            name: string;
            remainingSubjects: components["schemas"]["Subject"][];
            remainingYears: number[];
            /** @description FA-3 refused a sign-up and marked the trainee 自费重新培训 */
            retrainingMarked: boolean;
            rotationEndDate: components["schemas"]["LocalDate"];
            state: components["schemas"]["RetrainingState"];
            traineeId: number;
            yearsLeft: number;
        };
        /** @description SC-6: the retraining list, as of the day it was asked for. */
        RetrainingPage: {
            items: components["schemas"]["RetrainingListRow"][];
            page: number;
            pageSize: number;
            /** @description the day (Beijing time) the list counts from, YYYY-MM-DD */
            today: string;
            total: number;
        };
        /** @enum {string} */
        RetrainingState: "CERTIFICATE_READY" | "IN_TIME" | "LAST_YEAR" | "RETRAINING_REQUIRED";
        RetrainingTimeline: {
            /** @description 31 December of R+2 */
            deadline: components["schemas"]["LocalDate"];
            explanation: components["schemas"]["Bilingual"];
            /** @description R+2 (FA-3) */
            lastAllowedYear: number;
            remainingSubjects: components["schemas"]["Subject"][];
            /** @description the years in which the trainee can still sit what remains, ascending */
            remainingYears: number[];
            rotationEndYear: number;
            state: components["schemas"]["RetrainingState"];
            yearsLeft: number;
        };
        /** @description RC-9: the base's return: each admitted trainee's status, and totals per base. */
        ReturnView: {
            /** @description ISO instant by which bases return it; null when the round sets none. */
            returnDeadline: string | null;
            roundId: number;
            rows: {
                applicantType: string;
                applicationId: number;
                base: string;
                name: string;
                reason: string | null;
                reportedOn: string | null;
                status: string;
            }[];
            totals: {
                admitted: number;
                base: string;
                noShows: number;
                pending: number;
                reported: number;
            }[];
        };
        /** @description An identity number shown in full, on purpose and audited. */
        RevealedIdNumber: {
            idNumber: string;
            idType: string;
        };
        ReviewDecisionDto: {
            /** @description RETURN: the correction deadline, an ISO 8601 instant with its offset, e.g. 2025-07-08T17:00:00+08:00 */
            correctBy?: string;
            /** @enum {string} */
            decision: "APPROVE" | "REJECT" | "RETURN";
            /** @description the version you reviewed; a stale one is refused (409 APPLICATION_CHANGED) */
            expectedVersion?: number;
            /** @description required to reject or return */
            reason?: string;
        };
        /**
         * @description Who reviews: a training base, a city health commission (设区市卫健委), or the round's authority (the centre).
         * @enum {string}
         */
        ReviewLevel: "BASE" | "CITY" | "CENTRE";
        ReviewLevelView: {
            label: components["schemas"]["Bilingual"];
            level: components["schemas"]["ReviewLevel"];
            window: components["schemas"]["WindowView"];
        };
        /** @enum {string} */
        ReviewStage: "BEFORE_ADMISSION" | "AFTER_ADMISSION";
        /**
         * @description - DRAFT: not submitted, editable;
         *     - IN_REVIEW: waiting for the level at `step` of `stage`;
         *     - RETURNED: sent back for correction by the level at `step`, editable until `returned.correctBy`;
         *     - APPROVED: passed every level before admission (final for chains without a re-review);
         *     - CONFIRMED: passed the re-review after admission;
         *     - REJECTED: refused by a level, with the reason;
         *     - WITHDRAWN: a return not corrected in time (逾期未修改的视为自动放弃).
         * @enum {string}
         */
        ReviewStatus: "DRAFT" | "IN_REVIEW" | "RETURNED" | "APPROVED" | "CONFIRMED" | "REJECTED" | "WITHDRAWN";
        /** @description One step as the candidate sees it: who (by level, never by name), what came of it, why, and when. */
        ReviewStep: {
            /** @description Beijing time */
            at: string;
            kind: components["schemas"]["ReviewStepKind"];
            level: components["schemas"]["SignupReviewLevel"];
            levelLabel: components["schemas"]["Bilingual"];
            outcome: components["schemas"]["Bilingual"];
            /** @description the reviewer's reason, for a rejection, a return or a cancellation */
            reason: string | null;
            /** @description the sign-up's status after the step */
            status: (string & components["schemas"]["SignupStatus"]) | null;
        };
        /** @enum {string} */
        ReviewStepKind: "SUBMITTED" | "WITHDRAWN" | "BASE_APPROVED" | "BASE_REJECTED" | "BASE_RETURNED" | "CENTRE_APPROVED" | "CENTRE_REJECTED" | "CANCELLED_FALSE_INFORMATION" | "VOIDED_UNCORRECTED";
        /**
         * @description CHECKER: exam-site staff who verify admit tickets; they see nothing else.
         * @enum {string}
         */
        Role: "CANDIDATE" | "BASE_REVIEWER" | "CITY_REVIEWER" | "CENTRE_ADMIN" | "CHECKER";
        RoomDto: {
            /** @example 30 */
            capacity: number;
            /** @example G1 */
            id: string;
            /** @example 第1站组 */
            name: string;
        };
        RosterImportReport: {
            committed: boolean;
            created: number;
            encoding: string | null;
            errorRows: number;
            /** @enum {string} */
            format: "csv" | "xlsx";
            rows: components["schemas"]["RosterRowReport"][];
            totalRows: number;
            unchanged: number;
            updated: number;
        };
        RosterRowError: {
            code: string;
            field: string;
            message: {
                en: string;
                zh: string;
            };
        };
        /** @enum {string} */
        RosterRowOutcome: "CREATE" | "UPDATE" | "UNCHANGED" | "ERROR";
        RosterRowReport: {
            baseName: string | null;
            errors: components["schemas"]["RosterRowError"][];
            idMasked: string | null;
            name: string;
            outcome: components["schemas"]["RosterRowOutcome"];
            rowNumber: number;
        };
        RotationDeadlineReport: {
            appliedAt: string | null;
            counts: {
                AT_RISK: number;
                CANCELLED: number;
                KEPT: number;
                ON_TRACK: number;
            };
            items: components["schemas"]["RotationDeadlineRow"][];
            page: number;
            pageSize: number;
            rotationCutoff: components["schemas"]["LocalDate"];
            sessionId: number;
            sessionYear: number;
            today: components["schemas"]["LocalDate"];
            total: number;
        };
        RotationDeadlineRow: {
            baseId: number;
            baseName: string;
            /** @description what was recorded when the results were cancelled */
            cancellationReason: string | null;
            /** @description the SC-5 rule on today's data */
            explanation: components["schemas"]["Bilingual"];
            idNumberMasked: string;
            name: string;
            processAssessmentPassed: boolean;
            rotationEndDate: components["schemas"]["LocalDate"];
            status: components["schemas"]["RotationDeadlineStatus"];
            subjects: components["schemas"]["Subject"][];
            traineeId: number;
        };
        /**
         * @description Before the deadline is applied: AT_RISK / ON_TRACK as things stand; after: CANCELLED / KEPT.
         * @enum {string}
         */
        RotationDeadlineStatus: "AT_RISK" | "ON_TRACK" | "CANCELLED" | "KEPT";
        RoundBaseView: {
            baseId: number;
            cityId: number | null;
            cityName: string | null;
            name: string;
            /** @description seats per applicant type; a type the round does not take has 0 */
            seats: {
                EMPLOYED: number;
                INDEPENDENT: number;
            };
            /** @description the plan's total for the base */
            total: number;
        };
        RowErrorCode: "ID_TYPE_UNKNOWN" | "ID_NUMBER_MANGLED" | "ID_NUMBER_INVALID" | "UNKNOWN_CANDIDATE" | "NAME_MISMATCH" | "NOT_SIGNED_UP" | "DUPLICATE_ROW" | "RESULTS_PUBLISHED" | "RESULT_VOIDED" | components["schemas"]["ValueProblemCode"];
        /** @enum {string} */
        RowOutcome: "NEW" | "CHANGED" | "UNCHANGED" | "ERROR";
        RuleCheck: {
            /** @description the facts the rule used */
            data: components["schemas"]["CheckData"];
            exception?: {
                grantedAt: string;
                grantedBy: string;
                reason: string;
            };
            explanation: components["schemas"]["Bilingual"];
            outcome: components["schemas"]["CheckOutcome"];
            rule: components["schemas"]["EligibilityRuleId"];
            title: components["schemas"]["Bilingual"];
        };
        ScoreDto: {
            /** @description at most two decimals */
            score: number;
        };
        /**
         * @description PREVIEWING → PREVIEWED → COMMITTING → COMMITTED. FAILED: the file could not be read (see error). STALE: the data changed between preview and commit, so the preview no longer says what commit would do.
         * @enum {string}
         */
        ScoreImportStatus: "PREVIEWING" | "PREVIEWED" | "COMMITTING" | "COMMITTED" | "FAILED" | "STALE";
        ScoreImportView: {
            /** @description true when the preview is done and every row is valid: commit writes all rows or, otherwise, none */
            canCommit: boolean;
            changes: components["schemas"]["ReportRow"][];
            committedAt: string | null;
            createdAt: string;
            error: {
                code: string;
                details?: unknown;
                message: {
                    en: string;
                    zh: string;
                };
            } | null;
            fileBytes: number;
            fileName: string;
            fileSha256: string;
            id: number;
            /** @description the first rows in error and the first changed rows; page through all with GET …/rows */
            problems: components["schemas"]["ReportRow"][];
            processedRows: number;
            sessionId: number;
            status: components["schemas"]["ScoreImportStatus"];
            subject: components["schemas"]["Subject"];
            summary: {
                CHANGED: number;
                encoding: string | null;
                ERROR: number;
                errorsByCode: {
                    DUPLICATE_ROW?: number;
                    ID_NUMBER_INVALID?: number;
                    ID_NUMBER_MANGLED?: number;
                    ID_TYPE_UNKNOWN?: number;
                    NAME_MISMATCH?: number;
                    NOT_SIGNED_UP?: number;
                    RESULT_VOIDED?: number;
                    RESULTS_PUBLISHED?: number;
                    SCORE_MISSING?: number;
                    SCORE_NOT_A_NUMBER?: number;
                    SCORE_OUT_OF_RANGE?: number;
                    SCORE_TOO_PRECISE?: number;
                    UNKNOWN_CANDIDATE?: number;
                    UNKNOWN_CRITICAL_ITEM?: number;
                };
                format: string;
                /** @description approved candidates of the subject the file does not mention (informative: nothing is written for them) */
                missingFromFile: number;
                NEW: number;
                totalRows: number;
                UNCHANGED: number;
            } | null;
            totalRows: number | null;
        };
        /**
         * @description Why a score value cannot be judged; the import preview shows one per bad row.
         * @enum {string}
         */
        ScoreProblemCode: "SCORE_NOT_A_NUMBER" | "SCORE_OUT_OF_RANGE" | "SCORE_TOO_PRECISE";
        /** @enum {string} */
        ScoreRowProblem: "ID_INVALID" | "UNKNOWN_APPLICANT" | "NAME_MISMATCH" | "NOT_IN_SCOPE" | "DUPLICATE" | "SCORE_INVALID";
        ScoreRowReport: {
            applicationId: number | null;
            /** @description Never the full number: the masked form the lists show, or what the row had when it was not a number at all. */
            idMasked: string | null;
            message: string | null;
            name: string;
            problem: (string & components["schemas"]["ScoreRowProblem"]) | null;
            rowNumber: number;
            score: number | null;
        };
        SeatingReport: {
            candidates: number;
            load: components["schemas"]["SlotRoomLoad"][];
            newlySeated: number;
            seated: number;
            sessionId: number;
            unseated: {
                detail: string;
                name: string;
                reason: components["schemas"]["UnseatedReason"];
                signupId: number;
            }[];
        };
        /** @description A station group / room in one slot. */
        SeatingRoom: {
            capacity: number;
            id: string;
            name: string;
        };
        SessionCancelDto: {
            /**
             * @description why (told to every affected candidate, audited)
             * @example 受台风影响，考点无法正常组织考试
             */
            reason: string;
            /**
             * @description the subject to cancel; absent: the whole session
             * @enum {string}
             */
            subject?: "THEORY" | "SKILLS";
        };
        /** @description What the centre is shown before it confirms: how many candidates each choice would reach. */
        SessionCancellationImpact: {
            sessionCancelled: boolean;
            sessionId: number;
            subjects: {
                cancelled: boolean;
                candidates: number;
                subject: components["schemas"]["Subject"];
            }[];
            /** @description candidates of the subjects not yet cancelled, each counted once */
            wholeSession: {
                candidates: number;
            };
        };
        /** @description What one cancellation did. */
        SessionCancellationResult: {
            /** @description standing sign-ups that lost a subject; each candidate was sent one message */
            affectedSignups: number;
            /** @description of those, the sign-ups left with no subject, now CANCELLED */
            cancelledSignups: number;
            reason: string;
            session: components["schemas"]["SessionView"];
            sessionId: number;
            /** @description the subjects this act called off */
            subjects: components["schemas"]["Subject"][];
            wholeSession: boolean;
        };
        SessionDefinitionDto: {
            admittedRotationEndYears: components["schemas"]["YearRangeDto"];
            /** @example FJ-2025 */
            code: string;
            name: string;
            resultsNote?: string;
            reviewWindow: components["schemas"]["WindowDto"];
            /**
             * @description rotation must end before this date
             * @example 2025-12-01
             */
            rotationCutoff: string;
            /** @example fujian-2025.1 */
            ruleSetVersion: string;
            signupWindow: components["schemas"]["WindowDto"];
            skillsPassRule?: components["schemas"]["SkillsPassRuleDto"];
            subjects: components["schemas"]["SessionSubjectDto"][];
            theoryPassRule?: components["schemas"]["TheoryPassRuleDto"];
            /** @example 2025 */
            year: number;
        };
        SessionStatistics: {
            lines: components["schemas"]["StatisticsLineView"][];
            /** @description subjects whose results are published; only these are counted */
            publishedSubjects: components["schemas"]["Subject"][];
            sessionId: number;
            sessionYear: number;
            totals: components["schemas"]["StatisticsLineView"][];
        };
        SessionSubjectDto: {
            exam: components["schemas"]["WindowDto"];
            /** @enum {string} */
            subject: "THEORY" | "SKILLS";
            /** @enum {string} */
            ticketMode: "PLATFORM" | "NATIONAL_SITE";
            ticketWindow: components["schemas"]["WindowDto"];
        };
        SessionToken: {
            accessToken: string;
            /** @description Seconds the access token lives. */
            expiresIn: number;
            /** @description After a reset: only change-password and logout answer until the password is changed. */
            passwordChangeRequired: boolean;
            refreshExpiresIn: number;
            /** @description One use only: POST /auth/refresh answers a new pair; a second use ends the whole login. */
            refreshToken: string;
            user: {
                displayName: string;
                id: number;
                organisationId: number | null;
                role: string;
                traineeId: number | null;
                username: string;
            };
        };
        SessionUpdateDto: {
            admittedRotationEndYears: components["schemas"]["YearRangeDto"];
            /** @description FA-12, as GET answers it; ignored here (cancel with POST /sessions/{id}/cancel) */
            readonly cancellations?: string[];
            /** @description FA-12, as GET answers it; ignored here */
            readonly cancelled?: boolean;
            /** @example FJ-2025 */
            code: string;
            expectedVersion: number;
            name: string;
            /** @description why the configuration changes (audited) */
            reason: string;
            resultsNote?: string;
            reviewWindow: components["schemas"]["WindowDto"];
            /**
             * @description rotation must end before this date
             * @example 2025-12-01
             */
            rotationCutoff: string;
            /** @example fujian-2025.1 */
            ruleSetVersion: string;
            signupWindow: components["schemas"]["WindowDto"];
            skillsPassRule?: components["schemas"]["SkillsPassRuleDto"];
            subjects: components["schemas"]["SessionSubjectDto"][];
            theoryPassRule?: components["schemas"]["TheoryPassRuleDto"];
            /** @example 2025 */
            year: number;
        };
        SessionView: {
            admittedRotationEndYears: {
                from: number;
                to: number;
            };
            /** @description FA-12: the subjects called off, in Beijing time; `cancelled` once every subject is. */
            cancellations: {
                cancelledAt: string;
                reason: string;
                subject: components["schemas"]["Subject"];
                wholeSession: boolean;
            }[];
            cancelled: boolean;
            code: string;
            id: number;
            name: string;
            resultsNote: string | null;
            reviewWindow: {
                closesAt: string;
                opensAt: string;
            };
            rotationCutoff: string;
            ruleSetVersion: string;
            signupWindow: {
                closesAt: string;
                opensAt: string;
            };
            skillsPassRule: components["schemas"]["SkillsPassRule"] | null;
            subjects: {
                exam: {
                    closesAt: string;
                    opensAt: string;
                };
                subject: string;
                ticketMode: string;
                ticketWindow: {
                    closesAt: string;
                    opensAt: string;
                };
            }[];
            theoryPassRule: components["schemas"]["TheoryPassRule"] | null;
            version: number;
            year: number;
        };
        /** @description FA-8, FA-9: the candidate's sign-up in a session, step by step. */
        SignupHistory: {
            sessionId: number;
            signupId: number;
            status: components["schemas"]["SignupStatus"];
            statusLabel: components["schemas"]["Bilingual"];
            steps: components["schemas"]["ReviewStep"][];
        };
        SignupListRow: {
            baseId: number;
            baseName: string;
            cityName: string;
            cohort: string;
            eligible: boolean | null;
            id: number;
            idNumberMasked: string;
            lastReason: string | null;
            name: string;
            rotationEndDate: string;
            sessionId: number;
            status: components["schemas"]["SignupStatus"];
            statusLabel: string;
            subjects: components["schemas"]["Subject"][];
            submittedAt: string | null;
            traineeId: number;
        };
        /** @description One page of a list, with where the page is. */
        SignupPage: {
            items: components["schemas"]["SignupListRow"][];
            page: number;
            pageSize: number;
            total: number;
        };
        /**
         * @description Who took a step of a sign-up's way: the candidate, their base, the centre, or the platform on its own.
         * @enum {string}
         */
        SignupReviewLevel: "CANDIDATE" | "BASE" | "CENTRE" | "SYSTEM";
        /** @enum {string} */
        SignupStatus: "DRAFT" | "SUBMITTED" | "RETURNED" | "BASE_APPROVED" | "APPROVED" | "REJECTED" | "VOIDED" | "CANCELLED";
        SignupView: {
            baseId: number;
            baseReviewedAt: string | null;
            /** @description FA-12: subjects taken off this sign-up because the centre called them off (the reason is lastReason). */
            cancelledSubjects: components["schemas"]["Subject"][];
            centreReviewedAt: string | null;
            id: number;
            lastReason: string | null;
            sessionId: number;
            status: components["schemas"]["SignupStatus"];
            /** @description FA-7: e.g. 报名信息已提交，等待审核 */
            statusLabel: components["schemas"]["Bilingual"];
            subjects: components["schemas"]["Subject"][];
            submittedAt: string | null;
            traineeId: number;
            verdict: components["schemas"]["EligibilityVerdict"] | null;
            version: number;
        };
        SiteDto: {
            /** @example 福州市鼓楼区示例路1号 */
            address: string;
            /**
             * @description 2 capital letters or digits; part of every ticket number of the site
             * @example FZ
             */
            code: string;
            /** @example 福建省全科医学培训中心考点 */
            name: string;
        };
        SiteWithSlots: {
            address: string;
            code: string;
            /** Format: date-time */
            createdAt: string;
            id: number;
            name: string;
            sessionId: number;
            slots: components["schemas"]["ExamSlot"][];
        };
        SkillsEntryDto: {
            /** @description the version of the result you saw; omit for a first entry */
            expectedVersion?: number;
            /** @description critical items failed (ids from the session's skills rule, e.g. BASIC_PROCEDURES.aseptic); [] = none */
            failedCriticalItems: string[];
            stations: components["schemas"]["StationsDto"];
        };
        /** @description SC-2: configuration of the session, never constants in code. */
        SkillsPassRule: {
            /** @description item ids (e.g. "BASIC_PROCEDURES.aseptic") whose failure fails the subject on its own */
            criticalItems: string[];
            stationMaximums: {
                AUX_EXAM_READING: number;
                BASIC_PROCEDURES: number;
                CASE_ANALYSIS: number;
                MEDICAL_RECORD: number;
            };
            /** @description a station without an entry has no minimum of its own */
            stationMinimums: {
                AUX_EXAM_READING?: number;
                BASIC_PROCEDURES?: number;
                CASE_ANALYSIS?: number;
                MEDICAL_RECORD?: number;
            };
            /** @description total ≥ this passes */
            totalPassLine: number;
        };
        SkillsPassRuleDto: {
            /**
             * @example [
             *       "BASIC_PROCEDURES.aseptic"
             *     ]
             */
            criticalItems: string[];
            /**
             * @example {
             *       "CASE_ANALYSIS": 100,
             *       "MEDICAL_RECORD": 100,
             *       "AUX_EXAM_READING": 100,
             *       "BASIC_PROCEDURES": 100
             *     }
             */
            stationMaximums: Record<string, never>;
            /**
             * @example {
             *       "CASE_ANALYSIS": 60,
             *       "MEDICAL_RECORD": 60
             *     }
             */
            stationMinimums: Record<string, never>;
            /** @example 240 */
            totalPassLine: number;
        };
        SkillsReason: {
            code: components["schemas"]["SkillsReasonCode"];
            explanation: components["schemas"]["Bilingual"];
            /** @description the station the reason is about, if any */
            station: (string & components["schemas"]["Station"]) | null;
        };
        SkillsReasonCode: components["schemas"]["ScoreProblemCode"] | "UNKNOWN_CRITICAL_ITEM" | "ALL_STATIONS_ABSENT" | "CRITICAL_ITEM_FAILED" | "STATION_ABSENT" | "STATION_BELOW_MINIMUM" | "TOTAL_BELOW_PASS_LINE" | "ALL_REQUIREMENTS_MET";
        SlotDto: {
            /** @example 2024-04-19 */
            date: string;
            /** @example 11:30 */
            endsAt: string;
            rooms: components["schemas"]["RoomDto"][];
            /**
             * @description Beijing time
             * @example 08:00
             */
            startsAt: string;
        };
        SlotRoomLoad: {
            capacity: number;
            roomId: string;
            slotId: string;
            used: number;
        };
        /**
         * @description 定向生 (a locally-oriented one, 本土化定向生, is a kind of it) and 委培生.
         * @enum {string}
         */
        Sponsorship: "NONE" | "ORIENTED" | "LOCALLY_ORIENTED" | "COMMISSIONED";
        StandingAttemptView: {
            outcome: components["schemas"]["AttemptOutcome"];
            score: string | null;
            sessionId: number | null;
            voided: boolean;
            voidKind: (string & components["schemas"]["AttemptVoidKind"]) | null;
            voidReason: string | null;
            year: number;
        };
        /**
         * @description SC-2: the four stations of the clinical skills assessment (seed 001, 二(二)).
         * @enum {string}
         */
        Station: "CASE_ANALYSIS" | "MEDICAL_RECORD" | "AUX_EXAM_READING" | "BASIC_PROCEDURES";
        StationsDto: {
            /**
             * @description the station score; null = absent from this station
             * @example 70
             */
            AUX_EXAM_READING: number | null;
            /**
             * @description the station score; null = absent from this station
             * @example 68
             */
            BASIC_PROCEDURES: number | null;
            /**
             * @description the station score; null = absent from this station
             * @example 80
             */
            CASE_ANALYSIS: number | null;
            /**
             * @description the station score; null = absent from this station
             * @example 75.5
             */
            MEDICAL_RECORD: number | null;
        };
        StatisticsLineView: {
            absent: number;
            baseId: number | null;
            baseName: string | null;
            candidates: number;
            failed: number;
            kind: components["schemas"]["AttemptKind"] | "ALL";
            passed: number;
            /** @description passed / sat, 4 decimals; null when nobody sat */
            passRate: number | null;
            /** @description present and not voided: passed + failed */
            sat: number;
            subject: components["schemas"]["Subject"];
            voided: number;
        };
        /** @description A page of the applicants of one score entry (the authority's ranking, or a base's choice round) and their scores. */
        StoredScorePage: {
            items: components["schemas"]["StoredScoreRow"][];
            /** @description CENTRE ranking, or the assessment round the base scores */
            kind: "RANKING" | components["schemas"]["AssessmentRound"];
            page: number;
            pageSize: number;
            total: number;
        };
        /** @description One applicant a scorer may score, with the score stored for it. */
        StoredScoreRow: {
            acceptsAdjustment: boolean;
            applicantType: components["schemas"]["ApplicantType"];
            applicationId: number;
            /** @description the applicant's choices in order, with the bases' names */
            choices: {
                baseId: number;
                baseName: string;
                order: number;
            }[];
            idMasked: string;
            name: string;
            /** @description the stored score; null: none entered or imported yet */
            score: number | null;
        };
        /**
         * @description The two subjects of the final assessment (结业考核): 专业理论考试 and 临床实践技能考核.
         * @enum {string}
         */
        Subject: "THEORY" | "SKILLS";
        SubjectsDto: {
            /** @description omitted: what you need (both for a first-timer) */
            subjects?: ("THEORY" | "SKILLS")[];
        };
        SubjectStanding: {
            firstTime: boolean;
            needed: components["schemas"]["Subject"][];
            validPasses: components["schemas"]["ValidPass"][];
        };
        SubjectStandingView: {
            /** @description published and pre-platform results, oldest first */
            attempts: components["schemas"]["StandingAttemptView"][];
            label: components["schemas"]["Bilingual"];
            passYear: number | null;
            subject: components["schemas"]["Subject"];
            validToday: boolean;
            validUntil: (string & components["schemas"]["LocalDate"]) | null;
        };
        SubmitApplicationDto: {
            /** @description the version you reviewed before submitting */
            expectedVersion?: number;
        };
        SubmittedSignupView: {
            baseId: number;
            baseReviewedAt: string | null;
            /** @description FA-12: subjects taken off this sign-up because the centre called them off (the reason is lastReason). */
            cancelledSubjects: components["schemas"]["Subject"][];
            centreReviewedAt: string | null;
            id: number;
            lastReason: string | null;
            sessionId: number;
            status: components["schemas"]["SignupStatus"];
            /** @description FA-7: e.g. 报名信息已提交，等待审核 */
            statusLabel: components["schemas"]["Bilingual"];
            subjects: components["schemas"]["Subject"][];
            submittedAt: string | null;
            traineeId: number;
            verdict: components["schemas"]["VerdictSummary"] | null;
            version: number;
        };
        /** @description Shown once, to the centre, and stored only hashed. */
        TemporaryPasswordView: {
            account: components["schemas"]["AccountView"];
            temporaryPassword: string;
        };
        /** @description SC-1: the session's pass rule for the theory exam (a national standard score). */
        TheoryPassRule: {
            /** @description standard scores are reported to one decimal place; configurable in case a year's file differs */
            maxDecimalPlaces?: number;
            maxScore: number;
            /** @description a score equal to the pass line passes */
            passLine: number;
        };
        TheoryPassRuleDto: {
            /** @example 1 */
            maxDecimalPlaces?: number;
            /** @example 100 */
            maxScore: number;
            /**
             * @description a score equal to the pass line passes
             * @example 60
             */
            passLine: number;
        };
        /** @description Ticket generation: numbers issued now, render jobs queued, and the progress so far. */
        TicketGeneration: {
            issued: number;
            jobs: number;
            progress: components["schemas"]["TicketProgress"];
        };
        /** @description Ticket numbers: issued now, and those that already had one. */
        TicketNumbering: {
            alreadyIssued: number;
            issued: number;
        };
        TicketProgress: {
            done: number;
            failed: number;
            pending: number;
            total: number;
        };
        /** @description TK-5: a ticket the worker could not render, with its candidate and why. */
        TicketRenderFailure: {
            baseName: string;
            candidateName: string;
            /** @description what the renderer recorded, for support */
            detail: string;
            idNumberMasked: string;
            reason: components["schemas"]["RenderFailureReason"];
            revision: number;
            signupId: number;
            subject: components["schemas"]["Subject"];
            ticketId: number;
            ticketNumber: string;
            traineeId: number;
        };
        TicketRenderFailurePage: {
            items: components["schemas"]["TicketRenderFailure"][];
            page: number;
            pageSize: number;
            total: number;
        };
        TicketVerification: {
            current: boolean;
            /** @enum {boolean} */
            genuine: true;
            idNumberMasked: string;
            name: string;
            photoDataUrl: string | null;
            /**
             * @description Why a genuine ticket is not current: withdrawn, or superseded by a newer print.
             * @enum {string}
             */
            reason: "CURRENT" | "WITHDRAWN" | "SUPERSEDED" | "SIGNUP_NOT_APPROVED";
            ticketNumber: string;
        };
        /** @description A track is a base, or a base and an applicant type where the round splits quotas by type. */
        TrackKey: {
            /** @description null: one quota for every applicant type at this base. */
            applicantType: (string & components["schemas"]["ApplicantType"]) | null;
            baseId: number;
        };
        TraineeEditDto: {
            cohort?: string;
            /** @description the version you read; a stale one is refused with CONFLICT */
            expectedVersion: number;
            name?: string;
            phaseTheoryPassed?: boolean;
            processAssessmentPassed?: boolean;
            /** @description why the record changes (audited) */
            reason: string;
            /** @description centre only: clear after retraining */
            retrainingRequired?: boolean;
            /** @example 2024-06-30 */
            rotationEndDate?: string;
        };
        TraineePage: {
            items: components["schemas"]["TraineeView"][];
            total: number;
        };
        TraineeStandingView: {
            baseId: number;
            baseName: string;
            certificate: components["schemas"]["CertificateEligibility"];
            idNumberMasked: string;
            name: string;
            retraining: components["schemas"]["RetrainingTimeline"];
            rotationEndDate: components["schemas"]["LocalDate"];
            subjects: components["schemas"]["SubjectStandingView"][];
            /** @description the Beijing date every "valid today" and state below refers to */
            today: components["schemas"]["LocalDate"];
            traineeId: number;
        };
        /** @description What screens show of a trainee: the ID number only masked. */
        TraineeView: {
            baseId: number;
            birthDate: string | null;
            cityId: number;
            cohort: string;
            /** @description where candidates' messages are e-mailed, when the e-mail channel is configured */
            email: string | null;
            hasPhoto: boolean;
            id: number;
            idNumberMasked: string;
            idType: string;
            name: string;
            phaseTheoryPassed: boolean;
            phone: string | null;
            photoLocked: boolean;
            processAssessmentPassed: boolean;
            retrainingRequired: boolean;
            rotationEndDate: string;
            /** @enum {string|null} */
            sex: "M" | "F" | null;
            version: number;
        };
        /** @enum {string} */
        TrainingProgramme: "ASSISTANT_GP" | "GP_RESIDENCY";
        /** @description A training record found for the applicant's ID number, in any jurisdiction. */
        TrainingRecord: {
            programme: components["schemas"]["TrainingProgramme"];
            status: components["schemas"]["TrainingStatus"];
            /** @description Where, in words, for the explanation. */
            where: string;
            /** @description Required for WITHDRAWN: the day training ended (退培). */
            withdrawnOn: (string & components["schemas"]["LocalDate"]) | null;
        };
        /** @enum {string} */
        TrainingStatus: "IN_TRAINING" | "COMPLETED" | "WITHDRAWN";
        UnlockAccountDto: {
            /**
             * @description why the lock is lifted before its time (audited)
             * @example 本人来电核实身份
             */
            reason: string;
        };
        /** @description The candidate's unread messages, for the badge. */
        UnreadCount: {
            unread: number;
        };
        /** @enum {string} */
        UnseatedReason: "NO_CAPACITY" | "NO_SLOT_AT_PREFERRED_SITE" | "EXISTING_SEAT_INVALID";
        UpdateAccountDto: {
            displayName?: string;
            /** @description a new organisation ends the account’s logins */
            organisationId?: number;
            /** @description null clears it */
            phone?: string | null;
            /**
             * @description why (audited)
             * @example 本人来电核实身份
             */
            reason: string;
            /**
             * @description a new role ends the account’s logins
             * @enum {string}
             */
            role?: "BASE_REVIEWER" | "CITY_REVIEWER" | "CHECKER";
        };
        ValidPass: {
            subject: components["schemas"]["Subject"];
            validThroughYear: number;
            year: number;
        };
        ValueProblemCode: components["schemas"]["ScoreProblemCode"] | "SCORE_MISSING" | "UNKNOWN_CRITICAL_ITEM";
        /** @description The verdict as the submit response carries it: the outcome of every rule (and any exception granted) under the rule-set version, without titles, data and explanations. The full verdict is stored on the sign-up and read from GET /me/signups: the burst's responses stay a few hundred bytes instead of several KB each to serialise and send. */
        VerdictSummary: {
            checks: {
                exception?: {
                    grantedAt: string;
                    grantedBy: string;
                    reason: string;
                };
                outcome: components["schemas"]["CheckOutcome"];
                rule: components["schemas"]["EligibilityRuleId"];
            }[];
            eligible: boolean;
            evaluatedAt: string;
            failedRules: components["schemas"]["EligibilityRuleId"][];
            ruleSetVersion: string;
        };
        VoidDto: {
            /**
             * @description VIOLATION: exam-rule violation (SC-8); FALSE_INFORMATION: FA-11
             * @enum {string}
             */
            kind: "VIOLATION" | "FALSE_INFORMATION";
            /** @description the decision (audited and shown to the candidate) */
            reason: string;
        };
        WindowDto: {
            /**
             * @description exclusive: a notice's "until 23:59" closes at 24:00
             * @example 2024-03-11T00:00:00+08:00
             */
            closesAt: string;
            /** @example 2024-02-29T08:00:00+08:00 */
            opensAt: string;
        };
        /** @description A window in Beijing time; both null when the notice sets no dates. */
        WindowView: {
            closesAt: string | null;
            opensAt: string | null;
        };
        YearRangeDto: {
            /** @example 2022 */
            from: number;
            /** @example 2024 */
            to: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccountsController_list: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description accounts of this organisation only */
                organisationId?: number;
                page?: number;
                pageSize?: number;
                /** @description part of the username or display name */
                q?: string;
                role?: "CANDIDATE" | "BASE_REVIEWER" | "CITY_REVIEWER" | "CENTRE_ADMIN" | "CHECKER";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AccountPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountDto"];
            };
        };
        responses: {
            /** @description TemporaryPasswordView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryPasswordView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_EXISTS`: 该账号已存在 / This account already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_EXISTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AccountView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountDto"];
            };
        };
        responses: {
            /** @description AccountView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountReasonDto"];
            };
        };
        responses: {
            /** @description AccountView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_ALREADY_DISABLED`: 该账号已停用 / This account is already disabled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_ALREADY_DISABLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountReasonDto"];
            };
        };
        responses: {
            /** @description AccountView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_ALREADY_ACTIVE`: 该账号已启用 / This account is already active */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_ALREADY_ACTIVE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_resetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AccountReasonDto"];
            };
        };
        responses: {
            /** @description TemporaryPasswordView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TemporaryPasswordView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ROLE_ORGANISATION_MISMATCH`: 角色与所属机构层级不符 / The role does not fit the organisation level */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ROLE_ORGANISATION_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ACCOUNT_ROLE_NOT_ADMINISTERED`: 中心只能管理基地审核员、市级审核员和考点核验员账号 / The centre administers base reviewer, city reviewer and checker accounts only */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ACCOUNT_ROLE_NOT_ADMINISTERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AccountsController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UnlockAccountDto"];
            };
        };
        responses: {
            /** @description AccountLockView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountLockView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_NOT_LOCKED`: 该账号未被锁定 / This account is not locked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_NOT_LOCKED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_correct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectionDto"];
            };
        };
        responses: {
            /** @description JudgedAttemptView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgedAttemptView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required; `SCORE_INVALID`: 成绩数据不合法 / The score data are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED" | "SCORE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RESULTS_NOT_PUBLISHED`: 成绩尚未公布 / Results are not published yet; `ATTEMPT_NOT_FOUND`: 成绩记录不存在 / Result not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RESULTS_NOT_PUBLISHED" | "ATTEMPT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASS_RULE_NOT_SET`: 本批次尚未设置该科目的合格标准 / The session has no pass rule for this subject yet; `ATTEMPT_ALREADY_VOIDED`: 该成绩已被取消 / This result is already voided; `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASS_RULE_NOT_SET" | "ATTEMPT_ALREADY_VOIDED" | "CONFLICT";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_void: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VoidDto"];
            };
        };
        responses: {
            /** @description AttemptView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttemptView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ATTEMPT_NOT_FOUND`: 成绩记录不存在 / Result not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ATTEMPT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ATTEMPT_ALREADY_VOIDED`: 该成绩已被取消 / This result is already voided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ATTEMPT_ALREADY_VOIDED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuditController_query: {
        parameters: {
            query?: {
                action?: string;
                actorUserId?: number;
                entityId?: string;
                entityType?: string;
                from?: string;
                page?: number;
                pageSize?: number;
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AuditPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description SessionToken */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `INVALID_CREDENTIALS`: 用户名或密码错误 / Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "INVALID_CREDENTIALS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LogoutDto"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Actor */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actor"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_changePassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description SessionToken */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `CURRENT_PASSWORD_INVALID`: 当前密码不正确 / The current password is wrong; `PASSWORD_UNCHANGED`: 新密码不能与当前密码相同 / The new password must differ from the current one; `PASSWORD_TOO_SHORT`: 密码至少需要 10 个字符 / The password must have at least 10 characters; `PASSWORD_TOO_COMMON`: 该密码过于常见，请换一个 / This password is too common; choose another; `PASSWORD_CONTAINS_USERNAME`: 密码不能包含用户名 / The password must not contain the username */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "CURRENT_PASSWORD_INVALID" | "PASSWORD_UNCHANGED" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_COMMON" | "PASSWORD_CONTAINS_USERNAME";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshDto"];
            };
        };
        responses: {
            /** @description SessionToken */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REFRESH_TOKEN_INVALID`: 登录已失效，请重新登录 / The login has ended; log in again; `REFRESH_TOKEN_REUSED`: 登录凭据被重复使用，已注销该登录，请重新登录 / A used refresh token was presented again; the login was ended, log in again */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REFRESH_TOKEN_INVALID" | "REFRESH_TOKEN_REUSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AuthController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description SessionToken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ID_NUMBER_INVALID`: 证件号码不合法 / The ID number is invalid; `PASSWORD_TOO_SHORT`: 密码至少需要 10 个字符 / The password must have at least 10 characters; `PASSWORD_TOO_COMMON`: 该密码过于常见，请换一个 / This password is too common; choose another; `PASSWORD_CONTAINS_USERNAME`: 密码不能包含用户名 / The password must not contain the username */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ID_NUMBER_INVALID" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_COMMON" | "PASSWORD_CONTAINS_USERNAME";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TRAINEE_NOT_REGISTRABLE`: 未找到可注册的培训学员记录；如您确为该学员且无法注册，请联系所在培训基地 / No trainee record open for registration matches these details; if you are this trainee and cannot register, contact your training base */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TRAINEE_NOT_REGISTRABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_EXISTS`: 该账号已存在 / This account already exists */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_EXISTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    CheckerController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckerVerificationDto"];
            };
        };
        responses: {
            /** @description TicketVerification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketVerification"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `TICKET_TOKEN_INVALID`: 准考证二维码无效或被篡改 / The ticket code is not genuine or was altered */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "TICKET_TOKEN_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description None expected: the route takes no input and no token. Any 4xx would carry the error body */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: 服务暂时不可用，请稍后再试 / The service is temporarily unavailable; try again shortly. The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SERVICE_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description None expected: the route takes no input and no token. Any 4xx would carry the error body */
            "4XX": {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description Liveness */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Liveness"];
                };
            };
        };
    };
    JobsController_applyRotationDeadlines: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueuedJob */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    JobsController_counts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueueCounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueueCounts"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    JobsController_deliverMessages: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueuedJob */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    JobsController_notifyThreeYearLimits: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueuedJob */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    JobsController_voidSweep: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueuedJob */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MessagesController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description true: only unread messages */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MessagePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MessagesController_markRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MessageView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `MESSAGE_NOT_FOUND`: 消息不存在 / Message not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "MESSAGE_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MessagesController_markAllRead: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ReadAll */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReadAll"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MessagesController_unreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description UnreadCount */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MeController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description your photo */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MeController_uploadPhoto: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A recent 2-inch colour ID photo: a real JPEG (checked by content, not by name) of at most PHOTO_MAX_BYTES, at least PHOTO_MIN_WIDTH × PHOTO_MIN_HEIGHT pixels in the 2-inch aspect ratio, on a white background (unless PHOTO_REQUIRE_WHITE_BACKGROUND=false). It is stored upright and re-encoded without its metadata (EXIF GPS position, camera). */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the photo: JPEG
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description TraineeView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `PHOTO_CORRUPT`: 照片文件已损坏或不完整 / The photo is damaged or truncated; `PHOTO_DIMENSIONS_INVALID`: 照片尺寸不符合二寸证件照要求 / The photo does not have 2-inch ID photo dimensions; `PHOTO_TOO_MANY_PIXELS`: 照片像素过多 / The photo has too many pixels; `PHOTO_BACKGROUND_NOT_WHITE`: 照片背景须为白色 / The photo background must be white; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "PHOTO_CORRUPT" | "PHOTO_DIMENSIONS_INVALID" | "PHOTO_TOO_MANY_PIXELS" | "PHOTO_BACKGROUND_NOT_WHITE" | "FILE_CORRUPT" | "FILE_MISSING" | "FILE_EMPTY";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PHOTO_LOCKED`: 中心审核通过后照片不可更改 / The photo cannot change after centre approval */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PHOTO_LOCKED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PHOTO_TOO_LARGE`: 照片文件过大 / The photo file is too large; `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PHOTO_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PHOTO_NOT_JPEG`: 照片必须是 JPEG 格式（按内容识别，不看扩展名） / The photo must be a real JPEG (checked by content, not by name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PHOTO_NOT_JPEG";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MeController_photoRequirements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description PhotoRequirements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PhotoRequirements"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MeController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TraineeView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MeController_editProfile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfileEditDto"];
            };
        };
        responses: {
            /** @description TraineeView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_choices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationChoicesDto"];
            };
        };
        responses: {
            /** @description ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `CHOICES_INVALID`: 志愿填报不符合要求 / The choices are not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "CHOICES_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_EDITABLE`: 报名已提交，不能修改（被退回修改的除外） / The application was submitted and is locked unless returned for correction; `APPLICATION_CHANGED`: 报名信息已被修改，请刷新后重试 / The application changed meanwhile; reload and try again; `CORRECTION_DEADLINE_PASSED`: 已过修改截止时间，视为自动放弃 / The correction deadline has passed; the application counts as withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_EDITABLE" | "APPLICATION_CHANGED" | "CORRECTION_DEADLINE_PASSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                kind: string;
            };
            cookie?: never;
        };
        /** @description One document of the kind in the path: a real JPEG (checked by content, not by name: a PNG renamed .jpg is refused) no larger than the round’s documents.maxBytes (300 KB by default), complete (a truncated file is refused). Stored upright and re-encoded without its metadata; a new upload of a kind replaces the old. Refused uploads write nothing. */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description the document: JPEG
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description the application with its documents and what is still missing */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `DOCUMENT_KIND_INVALID`: 不支持的材料类别 / Unknown document kind; `DOCUMENT_CORRUPT`: 材料文件已损坏或不完整，无法读取 / The document is damaged or incomplete; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "DOCUMENT_KIND_INVALID" | "DOCUMENT_CORRUPT" | "FILE_MISSING" | "FILE_EMPTY";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_EDITABLE`: 报名已提交，不能修改（被退回修改的除外） / The application was submitted and is locked unless returned for correction; `APPLICATION_CHANGED`: 报名信息已被修改，请刷新后重试 / The application changed meanwhile; reload and try again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_EDITABLE" | "APPLICATION_CHANGED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `DOCUMENT_TOO_LARGE`: 材料文件超过本批次规定的大小 / The document is larger than the round allows; `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DOCUMENT_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `DOCUMENT_NOT_JPEG`: 材料须为 JPG 格式图片（按文件内容判断，改扩展名无效） / A document must be a JPEG (judged by its content, not its name) */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "DOCUMENT_NOT_JPEG";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_profile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationProfileDto"];
            };
        };
        responses: {
            /** @description ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `APPLICANT_TYPE_NOT_OFFERED`: 本批次不招收该类型报名人员 / This round does not take applicants of this type; `APPLICANT_FACTS_INVALID`: 报名信息填写不完整或不合法 / The declared facts are incomplete or invalid; `EMPLOYER_CITY_REQUIRED`: 单位人须填写工作单位所在设区市（由其卫健委初审） / An EMPLOYED applicant names the city of the employer (its commission reviews first); `EMPLOYER_CITY_INVALID`: 工作单位所在设区市不属于本批次的管辖范围 / The employer city is not a city of this round’s jurisdiction */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "APPLICANT_TYPE_NOT_OFFERED" | "APPLICANT_FACTS_INVALID" | "EMPLOYER_CITY_REQUIRED" | "EMPLOYER_CITY_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_EDITABLE`: 报名已提交，不能修改（被退回修改的除外） / The application was submitted and is locked unless returned for correction; `APPLICATION_CHANGED`: 报名信息已被修改，请刷新后重试 / The application changed meanwhile; reload and try again; `CORRECTION_DEADLINE_PASSED`: 已过修改截止时间，视为自动放弃 / The correction deadline has passed; the application counts as withdrawn */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_EDITABLE" | "APPLICATION_CHANGED" | "CORRECTION_DEADLINE_PASSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitApplicationDto"];
            };
        };
        responses: {
            /** @description submitted, with its verdict rule by rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `CHOICES_INVALID`: 志愿填报不符合要求 / The choices are not valid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "CHOICES_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_EDITABLE`: 报名已提交，不能修改（被退回修改的除外） / The application was submitted and is locked unless returned for correction; `APPLICATION_CHANGED`: 报名信息已被修改，请刷新后重试 / The application changed meanwhile; reload and try again; `RECRUITMENT_SIGNUP_NOT_OPEN`: 招录报名尚未开始 / Sign-up for this round has not opened yet; `RECRUITMENT_SIGNUP_CLOSED`: 招录报名已结束 / Sign-up for this round has closed; `CORRECTION_DEADLINE_PASSED`: 已过修改截止时间，视为自动放弃 / The correction deadline has passed; the application counts as withdrawn; `RECRUITMENT_TRANSITION_INVALID`: 当前状态下不能进行此操作 / This action is not allowed in the application’s current state; `CHOICES_REQUIRED`: 请先填报志愿再提交 / Make your choices before submitting; `APPLICANT_NOT_ELIGIBLE`: 不符合本批次报名条件，详见逐条审核结果 / Not eligible for this round; see the verdict rule by rule; `DOCUMENTS_INCOMPLETE`: 报名材料不齐全 / Required documents are missing */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_EDITABLE" | "APPLICATION_CHANGED" | "RECRUITMENT_SIGNUP_NOT_OPEN" | "RECRUITMENT_SIGNUP_CLOSED" | "CORRECTION_DEADLINE_PASSED" | "RECRUITMENT_TRANSITION_INVALID" | "CHOICES_REQUIRED" | "APPLICANT_NOT_ELIGIBLE" | "DOCUMENTS_INCOMPLETE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyApplicationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationProfileDto"];
            };
        };
        responses: {
            /** @description the draft */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `APPLICANT_TYPE_NOT_OFFERED`: 本批次不招收该类型报名人员 / This round does not take applicants of this type; `APPLICANT_FACTS_INVALID`: 报名信息填写不完整或不合法 / The declared facts are incomplete or invalid; `EMPLOYER_CITY_REQUIRED`: 单位人须填写工作单位所在设区市（由其卫健委初审） / An EMPLOYED applicant names the city of the employer (its commission reviews first); `EMPLOYER_CITY_INVALID`: 工作单位所在设区市不属于本批次的管辖范围 / The employer city is not a city of this round’s jurisdiction */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "APPLICANT_TYPE_NOT_OFFERED" | "APPLICANT_FACTS_INVALID" | "EMPLOYER_CITY_REQUIRED" | "EMPLOYER_CITY_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `APPLICANT_ACCOUNT_REQUIRED`: 请使用招录报名账号操作（结业考核考生账号不能报名招录） / Only an applicant account can apply (not a trainee’s account) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "APPLICANT_ACCOUNT_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RECRUITMENT_SIGNUP_CLOSED`: 招录报名已结束 / Sign-up for this round has closed; `APPLICATION_EXISTS`: 您已在本批次报名，每人每批次限报一次 / You already applied in this round (one application per person per round) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RECRUITMENT_SIGNUP_CLOSED" | "APPLICATION_EXISTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyResultsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of CandidateSessionResults */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateSessionResults"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyResultsController_recheck: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                subject: "THEORY" | "SKILLS";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RECHECK_NOT_ACCEPTED`: 专业理论考试成绩以标准分形式报告，不接受成绩复核申请 / Theory results are standard scores; recheck requests are not accepted; `RECHECK_NOT_AVAILABLE`: 本平台不受理临床实践技能考核成绩复核申请，如有疑问请联系省全科医学培训中心 / Skills recheck requests are not taken on this platform; contact the provincial centre */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RECHECK_NOT_ACCEPTED" | "RECHECK_NOT_AVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_mySeat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CandidateSeat */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidateSeat"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SEAT_NOT_ASSIGNED`: 尚未安排考场：全科中心审核通过报名并编排考场后显示 / No seat yet: it shows once the centre has approved the sign-up and seated the candidates; `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SEAT_NOT_ASSIGNED" | "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MySignupsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MySignupsController_saveDraft: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DraftDto"];
            };
        };
        responses: {
            /** @description the draft with its status label */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `TRAINEE_NOT_FOUND`: 未找到与姓名和证件号码一致的培训对象 / No trainee matches this name and ID number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "TRAINEE_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_WINDOW_NOT_OPEN`: 报名尚未开始（开始时间：{opensAt}） / Sign-up has not opened yet (opens {opensAt}); `SIGNUP_WINDOW_CLOSED`: 不在报名时间内，漏报、逾期不予补报 / Sign-up is closed; late sign-ups are not accepted; `SIGNUP_NOT_EDITABLE`: 当前状态不可修改报名 / The sign-up cannot be changed in its current state; `SIGNUP_EXISTS`: 本批次已报名，不可重复报名 / You have already signed up for this session; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_WINDOW_NOT_OPEN" | "SIGNUP_WINDOW_CLOSED" | "SIGNUP_NOT_EDITABLE" | "SIGNUP_EXISTS" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MySignupsController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SignupHistory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupHistory"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MySignupsController_submit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubjectsDto"];
            };
        };
        responses: {
            /** @description submitted (报名信息已提交，等待审核), with each rule's outcome */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubmittedSignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `PHOTO_REQUIRED`: 请先上传二寸白底彩色证件照 / Upload a 2-inch colour ID photo on white first */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "PHOTO_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `TRAINEE_NOT_FOUND`: 未找到与姓名和证件号码一致的培训对象 / No trainee matches this name and ID number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "TRAINEE_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_WINDOW_NOT_OPEN`: 报名尚未开始（开始时间：{opensAt}） / Sign-up has not opened yet (opens {opensAt}); `SIGNUP_WINDOW_CLOSED`: 不在报名时间内，漏报、逾期不予补报 / Sign-up is closed; late sign-ups are not accepted; `SIGNUP_EXISTS`: 本批次已报名，不可重复报名 / You have already signed up for this session; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_WINDOW_NOT_OPEN" | "SIGNUP_WINDOW_CLOSED" | "SIGNUP_EXISTS" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_ELIGIBLE`: 不符合报名条件 / Not eligible to sign up; `SUBJECTS_INVALID`: 报考科目不符合规定 / The chosen subjects are not allowed; `RETRAINING_REQUIRED`: 超过三年未通过结业考核，须自费重新参加培训 / Three-year limit passed: retraining is required */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_ELIGIBLE" | "SUBJECTS_INVALID" | "RETRAINING_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MySignupsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the sign-up, a draft again */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `TRAINEE_NOT_FOUND`: 未找到与姓名和证件号码一致的培训对象 / No trainee matches this name and ID number; `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "TRAINEE_NOT_FOUND" | "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_WINDOW_NOT_OPEN`: 报名尚未开始（开始时间：{opensAt}） / Sign-up has not opened yet (opens {opensAt}); `SIGNUP_WINDOW_CLOSED`: 不在报名时间内，漏报、逾期不予补报 / Sign-up is closed; late sign-ups are not accepted; `SIGNUP_TRANSITION_INVALID`: 当前状态不允许此操作 / This action is not allowed in the current state; `SIGNUP_EXISTS`: 本批次已报名，不可重复报名 / You have already signed up for this session */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_WINDOW_NOT_OPEN" | "SIGNUP_WINDOW_CLOSED" | "SIGNUP_TRANSITION_INVALID" | "SIGNUP_EXISTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_own: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TraineeStandingView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeStandingView"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                subject: "THEORY" | "SKILLS";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the ticket, <ticket number>.pdf */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TICKET_NOT_FOUND`: 准考证不存在 / Admit ticket not found; `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TICKET_NOT_FOUND" | "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TICKET_WINDOW_NOT_OPEN`: 准考证打印尚未开始（开始时间：{opensAt}） / Admit-ticket printing has not opened yet (opens {opensAt}); `TICKET_WINDOW_CLOSED`: 准考证打印时间已结束 / The admit-ticket printing window has closed; `TICKET_AT_NATIONAL_SITE`: 专业理论考试准考证请登录中国卫生人才网打印 / Print the theory exam ticket on the national exam site; `TICKET_NOT_READY`: 准考证尚未生成，请稍后再试 / The admit ticket is not ready yet; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TICKET_WINDOW_NOT_OPEN" | "TICKET_WINDOW_CLOSED" | "TICKET_AT_NATIONAL_SITE" | "TICKET_NOT_READY" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    OrganisationsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of Organisation */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Organisation"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    QueueBoardController_boardLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description BoardLink */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardLink"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicantRegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicantRegisterDto"];
            };
        };
        responses: {
            /** @description SessionToken */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionToken"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ID_NUMBER_INVALID`: 证件号码不合法 / The ID number is invalid; `PASSWORD_TOO_SHORT`: 密码至少需要 10 个字符 / The password must have at least 10 characters; `PASSWORD_TOO_COMMON`: 该密码过于常见，请换一个 / This password is too common; choose another; `PASSWORD_CONTAINS_USERNAME`: 密码不能包含用户名 / The password must not contain the username */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ID_NUMBER_INVALID" | "PASSWORD_TOO_SHORT" | "PASSWORD_TOO_COMMON" | "PASSWORD_CONTAINS_USERNAME";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ACCOUNT_EXISTS`: 该账号已存在 / This account already exists; `APPLICANT_EXISTS`: 该证件号码已注册报名账号，请直接登录 / An applicant account exists for this ID number; log in instead */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ACCOUNT_EXISTS" | "APPLICANT_EXISTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TOO_MANY_REQUESTS`: 请求过于频繁，请稍后再试 / Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TOO_MANY_REQUESTS";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_list: {
        parameters: {
            query?: {
                applicantType?: "EMPLOYED" | "INDEPENDENT";
                /** @description applications choosing this base (first or second choice) */
                baseId?: number;
                page?: number;
                pageSize?: number;
                roundId?: number;
                status?: "DRAFT" | "IN_REVIEW" | "RETURNED" | "APPROVED" | "CONFIRMED" | "REJECTED" | "WITHDRAWN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ApplicationPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_document: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                kind: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the document */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `DOCUMENT_KIND_INVALID`: 不支持的材料类别 / Unknown document kind */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "DOCUMENT_KIND_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found; `DOCUMENT_NOT_FOUND`: 该材料尚未上传 / This document has not been uploaded */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND" | "DOCUMENT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_review: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewDecisionDto"];
            };
        };
        responses: {
            /** @description ApplicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `RECRUITMENT_REASON_REQUIRED`: 不通过或退回须填写原因 / A rejection or return needs a reason; `CORRECT_BY_REQUIRED`: 退回修改须设定修改截止时间，且须晚于当前时间 / A return needs a correction deadline in the future */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "RECRUITMENT_REASON_REQUIRED" | "CORRECT_BY_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE" | "ROUND_NOT_IN_JURISDICTION";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_CHANGED`: 报名信息已被修改，请刷新后重试 / The application changed meanwhile; reload and try again; `REVIEW_LEVEL_NOT_IN_TURN`: 尚未轮到本级审核 / It is not this level’s turn to review; `RECRUITMENT_REVIEW_WINDOW_CLOSED`: 不在本级审核时间内 / Outside this level’s review window; `RECRUITMENT_TRANSITION_INVALID`: 当前状态下不能进行此操作 / This action is not allowed in the application’s current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_CHANGED" | "REVIEW_LEVEL_NOT_IN_TURN" | "RECRUITMENT_REVIEW_WINDOW_CLOSED" | "RECRUITMENT_TRANSITION_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ApplicationReviewHistory */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationReviewHistory"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `APPLICATION_NOT_FOUND`: 招录报名不存在 / Application not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "APPLICATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_export: {
        parameters: {
            query?: {
                applicantType?: "EMPLOYED" | "INDEPENDENT";
                /** @description applications choosing this base (first or second choice) */
                baseId?: number;
                format?: "csv" | "xlsx";
                page?: number;
                pageSize?: number;
                roundId?: number;
                status?: "DRAFT" | "IN_REVIEW" | "RETURNED" | "APPROVED" | "CONFIRMED" | "REJECTED" | "WITHDRAWN";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rows, as format= asks */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ApplicationReviewController_expireReturns: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description QueuedJob */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["QueuedJob"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RecruitmentRoundsController_standing: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RecruitmentStandingView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentStandingView"];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionNoticeVerifyController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AdmissionNoticeVerification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionNoticeVerification"];
                };
            };
            /** @description `NOTICE_TOKEN_INVALID`: 录取通知书二维码无效 / The admission notice code is not genuine */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOTICE_TOKEN_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RecruitmentRoundsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description newest year first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentRoundSummary"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RecruitmentRoundsController_detail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RecruitmentRoundDetail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecruitmentRoundDetail"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of AdmissionRunView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionRunView"][];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_preview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PreviewRunDto"];
            };
        };
        responses: {
            /** @description AdmissionRunView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionRunView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `ADMISSION_STAGE_INVALID`: 本批次没有该录取阶段 / This round’s admission has no such stage */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "ADMISSION_STAGE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ADMISSION_PLAN_INVALID`: 招录计划无法用于录取（基地未知或无计划） / The recruitment plan cannot be used (unknown base or no plan); `ADMISSION_ALREADY_PUBLISHED`: 本批次该阶段的录取结果已发布 / This round’s admission is already published through this stage; `ADMISSION_SETTLED_ROUNDS_CHANGED`: 已公布阶段的录取结果会因报名变化而改变，不能继续计算；请核对详情中的人员 / The change since the last publication would alter admissions already published; see the applicants in details */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ADMISSION_PLAN_INVALID" | "ADMISSION_ALREADY_PUBLISHED" | "ADMISSION_SETTLED_ROUNDS_CHANGED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AdmissionRunView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionRunView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `ADMISSION_RUN_NOT_FOUND`: 录取计算不存在 / Admission run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "ADMISSION_RUN_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_outcomes: {
        parameters: {
            query?: {
                /** @description only the admitted (true) or the others (false) */
                admitted?: boolean;
                /** @description only outcomes at this base */
                baseId?: number;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                roundId: number;
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AdmissionOutcomePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionOutcomePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `ADMISSION_RUN_NOT_FOUND`: 录取计算不存在 / Admission run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "ADMISSION_RUN_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
                runId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AdmissionRunView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionRunView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `ADMISSION_RUN_NOT_FOUND`: 录取计算不存在 / Admission run not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "ADMISSION_RUN_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ADMISSION_RUN_NOT_PREVIEW`: 该录取计算已发布或已作废 / This run is no longer a preview; `ADMISSION_ALREADY_PUBLISHED`: 本批次该阶段的录取结果已发布 / This round’s admission is already published through this stage; `ADMISSION_INPUTS_CHANGED`: 预览后报名或成绩已变化，请重新预览 / Applications or scores changed since the preview; preview again; `ADMISSION_PLAN_INVALID`: 招录计划无法用于录取（基地未知或无计划） / The recruitment plan cannot be used (unknown base or no plan) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ADMISSION_RUN_NOT_PREVIEW" | "ADMISSION_ALREADY_PUBLISHED" | "ADMISSION_INPUTS_CHANGED" | "ADMISSION_PLAN_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    AdmissionRunsController_stages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description AdmissionStagesView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdmissionStagesView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyAdmissionController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description MyAdmissionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MyAdmissionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `ADMISSION_NOT_PUBLISHED`: 录取结果尚未发布 / Admission results are not published yet; `APPLICANT_NOT_IN_ROUND`: 本批次没有该考生的有效报名 / No approved application of this applicant in the round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "ADMISSION_NOT_PUBLISHED" | "APPLICANT_NOT_IN_ROUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ADMISSION_RESULTS_NOT_VISIBLE`: 录取结果尚未到公布时间 / Admission results are not visible yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ADMISSION_RESULTS_NOT_VISIBLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    MyAdmissionController_notice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the admission notice */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `PLACEMENT_NOT_FOUND`: 录取信息不存在 / No admitted place found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "PLACEMENT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ADMISSION_RESULTS_NOT_VISIBLE`: 录取结果尚未到公布时间 / Admission results are not visible yet; `NOTICE_NOT_READY`: 录取通知书尚未生成 / The admission notice is not ready yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ADMISSION_RESULTS_NOT_VISIBLE" | "NOTICE_NOT_READY";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_listAssessment: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                choiceRound: "FIRST" | "SECOND" | "ADJUSTMENT";
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description StoredScorePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredScorePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_setAssessment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                choiceRound: "FIRST" | "SECOND" | "ADJUSTMENT";
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreDto"];
            };
        };
        responses: {
            /** @description RankingScoreView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingScoreView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `RANKING_SCORE_INVALID`: 成绩须为0至999.99之间的数值，最多两位小数 / A score is a number from 0 to 999.99 with at most two decimals */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "RANKING_SCORE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation; `ASSESSMENT_NOT_FOR_BASE`: 该考生未在本轮选择本基地 / The applicant did not choose your base in this round */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE" | "ASSESSMENT_NOT_FOR_BASE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `APPLICANT_NOT_IN_ROUND`: 本批次没有该考生的有效报名 / No approved application of this applicant in the round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "APPLICANT_NOT_IN_ROUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score; `RANKING_CLOSED`: 该轮录取结果已发布，本轮成绩不可再修改 / The results of this round are published; its scores can no longer change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH" | "RANKING_CLOSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_importAssessment: {
        parameters: {
            query?: {
                /** @description true: write every row (all or none); false or absent: check and preview only */
                commit?: boolean;
            };
            header?: never;
            path: {
                choiceRound: "FIRST" | "SECOND" | "ADJUSTMENT";
                roundId: number;
            };
            cookie?: never;
        };
        /**
         * @description The base assessment score file. CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused (`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).
         *
         *     One row per applicant of the round (approved in review); every row is checked (ID number, name, scope, duplicates, score) and reported. With commit=true every row is written or, if any row is in error, none (RANKING_FILE_INVALID, with the report).
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, name | required |
         *     | `idType` | 证件类型, idType, id type | optional |
         *     | `idNumber` | 证件号码, 身份证号, 身份证号码, idNumber, id number | required |
         *     | `score` | 分数, 成绩, 排名成绩, 考核成绩, score | required |
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The base assessment score file: CSV or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description RankingImportReport */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingImportReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty; `FILE_ENCODING_UNSUPPORTED`: 无法识别文件编码，请使用 UTF-8 或 GBK / Unrecognised text encoding; use UTF-8 or GBK; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `SPREADSHEET_COLUMNS_INVALID`: 表头与模板不符 / The header row does not match the template */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "FILE_MISSING" | "FILE_EMPTY" | "FILE_ENCODING_UNSUPPORTED" | "FILE_CORRUPT" | "SPREADSHEET_COLUMNS_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score; `RANKING_CLOSED`: 该轮录取结果已发布，本轮成绩不可再修改 / The results of this round are published; its scores can no longer change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH" | "RANKING_CLOSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large; `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE" | "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `FILE_TYPE_UNSUPPORTED`: 不支持的文件类型 / Unsupported file type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FILE_TYPE_UNSUPPORTED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_FILE_INVALID`: 成绩文件存在错误，未导入任何数据 / The score file has errors; nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_FILE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of PlacementView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"][];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_arrival: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrivalDto"];
            };
        };
        responses: {
            /** @description PlacementView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `PLACEMENT_NOT_FOUND`: 录取信息不存在 / No admitted place found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "PLACEMENT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PLACEMENT_CHANGED`: 录取信息已被他人修改，请刷新后重试 / The place changed meanwhile; reload and try again; `REPORTING_REFUSED`: 报到登记不符合规定 / The report cannot be recorded; `ALREADY_IN_TRAINING`: 该人员已有培训记录 / This person already has a training record */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PLACEMENT_CHANGED" | "REPORTING_REFUSED" | "ALREADY_IN_TRAINING";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_noShow: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NoShowDto"];
            };
        };
        responses: {
            /** @description PlacementView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacementView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `PLACEMENT_NOT_FOUND`: 录取信息不存在 / No admitted place found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "PLACEMENT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PLACEMENT_CHANGED`: 录取信息已被他人修改，请刷新后重试 / The place changed meanwhile; reload and try again; `REPORTING_REFUSED`: 报到登记不符合规定 / The report cannot be recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PLACEMENT_CHANGED" | "REPORTING_REFUSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_exportPlacements: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the admission list */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_listRanking: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description StoredScorePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoredScorePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_setRanking: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                applicationId: number;
                roundId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScoreDto"];
            };
        };
        responses: {
            /** @description RankingScoreView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingScoreView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `RANKING_SCORE_INVALID`: 成绩须为0至999.99之间的数值，最多两位小数 / A score is a number from 0 to 999.99 with at most two decimals */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "RANKING_SCORE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found; `APPLICANT_NOT_IN_ROUND`: 本批次没有该考生的有效报名 / No approved application of this applicant in the round */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND" | "APPLICANT_NOT_IN_ROUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score; `RANKING_CLOSED`: 该轮录取结果已发布，本轮成绩不可再修改 / The results of this round are published; its scores can no longer change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH" | "RANKING_CLOSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    RankingController_importRanking: {
        parameters: {
            query?: {
                /** @description true: write every row (all or none); false or absent: check and preview only */
                commit?: boolean;
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        /**
         * @description The centre ranking file. CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused (`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).
         *
         *     One row per applicant of the round (approved in review); every row is checked (ID number, name, scope, duplicates, score) and reported. With commit=true every row is written or, if any row is in error, none (RANKING_FILE_INVALID, with the report).
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, name | required |
         *     | `idType` | 证件类型, idType, id type | optional |
         *     | `idNumber` | 证件号码, 身份证号, 身份证号码, idNumber, id number | required |
         *     | `score` | 分数, 成绩, 排名成绩, 考核成绩, score | required |
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The centre ranking file: CSV or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description RankingImportReport */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RankingImportReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty; `FILE_ENCODING_UNSUPPORTED`: 无法识别文件编码，请使用 UTF-8 或 GBK / Unrecognised text encoding; use UTF-8 or GBK; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `SPREADSHEET_COLUMNS_INVALID`: 表头与模板不符 / The header row does not match the template */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "FILE_MISSING" | "FILE_EMPTY" | "FILE_ENCODING_UNSUPPORTED" | "FILE_CORRUPT" | "SPREADSHEET_COLUMNS_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_KIND_MISMATCH`: 本批次不使用该类排名成绩 / This round does not rank by this kind of score; `RANKING_CLOSED`: 该轮录取结果已发布，本轮成绩不可再修改 / The results of this round are published; its scores can no longer change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_KIND_MISMATCH" | "RANKING_CLOSED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large; `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE" | "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `FILE_TYPE_UNSUPPORTED`: 不支持的文件类型 / Unsupported file type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FILE_TYPE_UNSUPPORTED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RANKING_FILE_INVALID`: 成绩文件存在错误，未导入任何数据 / The score file has errors; nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RANKING_FILE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_returns: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ReturnView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    PlacementsController_exportReturns: {
        parameters: {
            query?: {
                format?: "csv" | "xlsx";
            };
            header?: never;
            path: {
                roundId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the return */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `ROUND_NOT_IN_JURISDICTION`: 该招录批次不属于本机构管辖 / This round belongs to another jurisdiction; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "ROUND_NOT_IN_JURISDICTION" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROUND_NOT_FOUND`: 招录批次不存在 / Recruitment round not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROUND_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ScoreImportsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ScoreImportView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_NOT_FOUND`: 成绩导入记录不存在 / Score import not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ScoreImportsController_commit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description committed */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description a large file: the worker commits it (status COMMITTING) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_NOT_FOUND`: 成绩导入记录不存在 / Score import not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_NOT_READY`: 成绩文件仍在校验中，请稍后再试 / The score file is still being checked; `SCORE_IMPORT_CLOSED`: 该导入已提交或已失效 / This import was already committed or is no longer valid; `SCORE_IMPORT_STALE`: 预览后数据已发生变化，请重新上传预览 / The data changed since the preview; preview the file again; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_NOT_READY" | "SCORE_IMPORT_CLOSED" | "SCORE_IMPORT_STALE" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_INVALID`: 成绩文件存在错误，未导入任何数据 / The score file has errors; nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ScoreImportsController_rows: {
        parameters: {
            query?: {
                outcome?: "NEW" | "CHANGED" | "UNCHANGED" | "ERROR";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                importId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ReportRowPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportRowPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_NOT_FOUND`: 成绩导入记录不存在 / Score import not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_IMPORT_NOT_READY`: 成绩文件仍在校验中，请稍后再试 / The score file is still being checked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_IMPORT_NOT_READY";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of SessionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"][];
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionDefinitionDto"];
            };
        };
        responses: {
            /** @description SessionView */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SESSION_CONFIG_INVALID`: 考核批次配置不合法 / The session configuration is invalid; `SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES`: 结束轮转截止日期不能早于报名截止时间 / The rotation cutoff cannot fall before the sign-up window closes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SESSION_CONFIG_INVALID" | "SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_CODE_TAKEN`: 考核批次编号已存在 / This session code is already used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_CODE_TAKEN";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SessionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionUpdateDto"];
            };
        };
        responses: {
            /** @description SessionView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SESSION_CONFIG_INVALID`: 考核批次配置不合法 / The session configuration is invalid; `SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES`: 结束轮转截止日期不能早于报名截止时间 / The rotation cutoff cannot fall before the sign-up window closes */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SESSION_CONFIG_INVALID" | "SESSION_ROTATION_CUTOFF_BEFORE_SIGNUP_CLOSES";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry; `SESSION_CODE_TAKEN`: 考核批次编号已存在 / This session code is already used */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "SESSION_CODE_TAKEN";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SessionCancelDto"];
            };
        };
        responses: {
            /** @description SessionCancellationResult */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCancellationResult"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_ALREADY_CANCELLED`: 本次结业考核已取消，无需重复操作 / The session is already cancelled; `SESSION_SUBJECT_ALREADY_CANCELLED`: 该科目考试已取消，无需重复操作 / This subject is already cancelled; `SESSION_RESULTS_PUBLISHED`: 该科目成绩已公布，不能取消考试 / The subject’s results are published; it can no longer be cancelled; `SESSION_RESULTS_RECORDED`: 该科目已录入成绩（考试已举行），不能取消考试 / The subject has results on record (the exam took place); it can no longer be cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_ALREADY_CANCELLED" | "SESSION_SUBJECT_ALREADY_CANCELLED" | "SESSION_RESULTS_PUBLISHED" | "SESSION_RESULTS_RECORDED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_SUBJECT_NOT_OFFERED`: 本考核批次未设置该科目 / The session does not offer this subject */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_SUBJECT_NOT_OFFERED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_cancellationImpact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SessionCancellationImpact */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCancellationImpact"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_eligibility: {
        parameters: {
            query?: {
                /** @description comma-separated */
                subjects?: ("THEORY" | "SKILLS")[];
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description EligibilityVerdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityVerdict"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `TRAINEE_NOT_FOUND`: 未找到与姓名和证件号码一致的培训对象 / No trainee matches this name and ID number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "TRAINEE_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_listExceptions: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description EligibilityExceptionPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityExceptionPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_grantException: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExceptionDto"];
            };
        };
        responses: {
            /** @description CreatedRecord */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedRecord"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `EXCEPTION_RULE_NOT_ALLOWED`: 该规则不允许例外 / This rule does not admit exceptions; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "EXCEPTION_RULE_NOT_ALLOWED" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionsController_reconcileNationalRoster: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        /**
         * @description The national site's THEORY sign-up list. CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused (`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).
         *
         *     One row per candidate; a row whose ID number does not check is reported in invalidRows.
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, 考生姓名, name | required |
         *     | `idType` | 证件类型, id_type, idType | optional |
         *     | `idNumber` | 证件号码, 证件号, 身份证号, 身份证号码, id_number, idNumber | required |
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The national site's THEORY sign-up list: CSV or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description NationalRosterReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NationalRosterReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty; `FILE_ENCODING_UNSUPPORTED`: 无法识别文件编码，请使用 UTF-8 或 GBK / Unrecognised text encoding; use UTF-8 or GBK; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `SPREADSHEET_COLUMNS_INVALID`: 表头与模板不符 / The header row does not match the template */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "FILE_MISSING" | "FILE_EMPTY" | "FILE_ENCODING_UNSUPPORTED" | "FILE_CORRUPT" | "SPREADSHEET_COLUMNS_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large; `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE" | "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `FILE_TYPE_UNSUPPORTED`: 不支持的文件类型 / Unsupported file type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FILE_TYPE_UNSUPPORTED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_list: {
        parameters: {
            query?: {
                /** @description a base reviewer may only name their own base */
                baseId?: number;
                outcome?: "PASSED" | "FAILED" | "ABSENT";
                page?: number;
                pageSize?: number;
                subject?: "THEORY" | "SKILLS";
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description ResultPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResultPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                subject: "THEORY" | "SKILLS";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PublishDto"];
            };
        };
        responses: {
            /** @description PublicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `RESULTS_ALREADY_PUBLISHED`: 该科目成绩已公布 / These results are already published; `RESULTS_INCOMPLETE`: 仍有审核通过的考生没有成绩记录（缺考也须录入）；确认后须填写理由方可公布 / Some approved candidates have no result (record absences too); publishing anyway needs an acknowledgement and a reason; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "RESULTS_ALREADY_PUBLISHED" | "RESULTS_INCOMPLETE" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_publication: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of PublicationView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicationView"][];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionStandingController_rotationDeadline: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
                page?: number;
                pageSize?: number;
                /** @description before the cutoff: AT_RISK / ON_TRACK; after it: CANCELLED / KEPT */
                status?: "AT_RISK" | "ON_TRACK" | "CANCELLED" | "KEPT";
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RotationDeadlineReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RotationDeadlineReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ScoreImportsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of ScoreImportView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"][];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ScoreImportsController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                subject: "THEORY" | "SKILLS";
            };
            cookie?: never;
        };
        /**
         * @description A score file. CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused (`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).
         *
         *     One row per candidate, matched by ID number (证件类型 absent: a resident ID card) and checked against the name. Scores are decimals; 缺考, 缺席, 未参加 or absent in the score, the status or a station column marks an absence.
         *
         *     THEORY, the national centre's file (SC-1):
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, 考生姓名, 学员姓名, name | required |
         *     | `idType` | 证件类型, id_type, idType | optional |
         *     | `idNumber` | 证件号码, 证件号, 证件编号, 身份证号, 身份证号码, 身份证件号码, id_number, idNumber | required |
         *     | `score` | 标准分, 成绩, 考试成绩, 理论成绩, 专业理论考试成绩, 专业理论成绩, 理论考试成绩, score, standard_score | required |
         *     | `status` | 考试状态, 状态, 备注, 缺考标记, status, remark | optional |
         *
         *     SKILLS, the provincial station sheet (SC-2); critical items failed are listed in one cell, separated by commas, semicolons, 、 or spaces:
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, 考生姓名, 学员姓名, name | required |
         *     | `idType` | 证件类型, id_type, idType | optional |
         *     | `idNumber` | 证件号码, 证件号, 证件编号, 身份证号, 身份证号码, 身份证件号码, id_number, idNumber | required |
         *     | `CASE_ANALYSIS` | 病例分析, 病例分析成绩, CASE_ANALYSIS | required |
         *     | `MEDICAL_RECORD` | 病历书写, 病历书写成绩, MEDICAL_RECORD | required |
         *     | `AUX_EXAM_READING` | 辅助检查判读, 辅助检查判读成绩, AUX_EXAM_READING | required |
         *     | `BASIC_PROCEDURES` | 基本技能操作, 基本技能操作成绩, BASIC_PROCEDURES | required |
         *     | `failedCriticalItems` | 关键项不合格, 否决项, 关键项, failed_critical_items, failedCriticalItems | optional |
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description THEORY: the national centre's score file; SKILLS: the station sheet. CSV or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description previewed: every row has its outcome */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description over SCORE_IMPORT_INLINE_MAX_BYTES: the worker previews it (status PREVIEWING) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScoreImportView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `FILE_ENCODING_UNSUPPORTED`: 无法识别文件编码，请使用 UTF-8 或 GBK / Unrecognised text encoding; use UTF-8 or GBK; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty; `SPREADSHEET_COLUMNS_INVALID`: 表头与模板不符 / The header row does not match the template; `FILE_MISSING`: 未收到上传文件 / No file was uploaded */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "FILE_ENCODING_UNSUPPORTED" | "FILE_CORRUPT" | "FILE_EMPTY" | "SPREADSHEET_COLUMNS_INVALID" | "FILE_MISSING";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASS_RULE_NOT_SET`: 本批次尚未设置该科目的合格标准 / The session has no pass rule for this subject yet; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASS_RULE_NOT_SET" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much; `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE" | "PAYLOAD_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `FILE_TYPE_UNSUPPORTED`: 不支持的文件类型 / Unsupported file type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FILE_TYPE_UNSUPPORTED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SUBJECTS_INVALID`: 报考科目不符合规定 / The chosen subjects are not allowed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SUBJECTS_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SitesController_seat: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SeatingReport */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SeatingReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SitesController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description a list of SiteWithSlots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SiteWithSlots"][];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SitesController_createSite: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SiteDto"];
            };
        };
        responses: {
            /** @description ExamSite */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSite"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SESSION_CONFIG_INVALID`: 考核批次配置不合法 / The session configuration is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SESSION_CONFIG_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SitesController_createSlot: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                siteId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SlotDto"];
            };
        };
        responses: {
            /** @description ExamSlot */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExamSlot"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SESSION_CONFIG_INVALID`: 考核批次配置不合法 / The session configuration is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SESSION_CONFIG_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    ResultsController_enterSkills: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                traineeId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SkillsEntryDto"];
            };
        };
        responses: {
            /** @description JudgedAttemptView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JudgedAttemptView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SCORE_INVALID`: 成绩数据不合法 / The score data are invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SCORE_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SCORE_NOT_SIGNED_UP`: 该考生未经审核通过报考此科目 / The candidate is not an approved candidate of this subject; `PASS_RULE_NOT_SET`: 本批次尚未设置该科目的合格标准 / The session has no pass rule for this subject yet; `SCORE_PUBLISHED`: 成绩已公布，只能通过成绩更正修改 / Published scores change only through a correction; `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry; `ATTEMPT_ALREADY_VOIDED`: 该成绩已被取消 / This result is already voided; `SESSION_IS_CANCELLED`: 本次结业考核已取消 / This assessment session is cancelled; `SESSION_SUBJECT_IS_CANCELLED`: 该科目考试已取消 / This subject’s exam is cancelled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SCORE_NOT_SIGNED_UP" | "PASS_RULE_NOT_SET" | "SCORE_PUBLISHED" | "CONFLICT" | "ATTEMPT_ALREADY_VOIDED" | "SESSION_IS_CANCELLED" | "SESSION_SUBJECT_IS_CANCELLED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_reschedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
                slotId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescheduleDto"];
            };
        };
        responses: {
            /** @description Rescheduling */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rescheduling"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `SESSION_CONFIG_INVALID`: 考核批次配置不合法 / The session configuration is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "SESSION_CONFIG_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionStandingController_statistics: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SessionStatistics */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionStatistics"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionStandingController_statisticsCsv: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the statistics as CSV (UTF-8) */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SessionStandingController_statisticsXlsx: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the statistics as XLSX */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found; `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND" | "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SitesController_issueNumbers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TicketNumbering */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketNumbering"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_batch: {
        parameters: {
            query?: {
                /** @description centre only: which base */
                baseId?: number;
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description every current ticket of the base in ticket-number order, tickets-<session>-<base>.pdf */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TICKET_NOT_FOUND`: 准考证不存在 / Admit ticket not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TICKET_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `TICKET_NOT_READY`: 准考证尚未生成，请稍后再试 / The admit ticket is not ready yet */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TICKET_NOT_READY";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_failures: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TicketRenderFailurePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketRenderFailurePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_generate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description numbers issued, render jobs queued, and the progress so far */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketGeneration"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SESSION_NOT_FOUND`: 考核批次不存在 / Assessment session not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SESSION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `REDIS_UNAVAILABLE`: 队列与限流服务（Redis）暂时不可用，请稍后再试 / The queue and rate-limit store (Redis) is unavailable; try again shortly */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "REDIS_UNAVAILABLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_progress: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sessionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TicketProgress */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketProgress"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_list: {
        parameters: {
            query?: {
                baseId?: number;
                cityId?: number;
                /** @description part of the name */
                name?: string;
                page?: number;
                pageSize?: number;
                sessionId?: number;
                status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "BASE_APPROVED" | "APPROVED" | "REJECTED" | "VOIDED" | "CANCELLED";
                subject?: "THEORY" | "SKILLS";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SignupPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description SignupView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_baseReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BaseReviewDto"];
            };
        };
        responses: {
            /** @description SignupView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry; `REVIEW_WINDOW_CLOSED`: 不在资格审核时间内 / Outside the eligibility review window; `SIGNUP_TRANSITION_INVALID`: 当前状态不允许此操作 / This action is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "REVIEW_WINDOW_CLOSED" | "SIGNUP_TRANSITION_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReasonDto"];
            };
        };
        responses: {
            /** @description SignupView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_TRANSITION_INVALID`: 当前状态不允许此操作 / This action is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_TRANSITION_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_centreReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CentreReviewDto"];
            };
        };
        responses: {
            /** @description SignupView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignupView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `REASON_REQUIRED`: 请填写理由 / A reason is required */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "REASON_REQUIRED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SIGNUP_NOT_FOUND`: 报名记录不存在 / Sign-up not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SIGNUP_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry; `REVIEW_WINDOW_CLOSED`: 不在资格审核时间内 / Outside the eligibility review window; `SIGNUP_TRANSITION_INVALID`: 当前状态不允许此操作 / This action is not allowed in the current state */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT" | "REVIEW_WINDOW_CLOSED" | "SIGNUP_TRANSITION_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    SignupsController_export: {
        parameters: {
            query?: {
                baseId?: number;
                cityId?: number;
                format?: "csv" | "xlsx";
                /** @description part of the name */
                name?: string;
                page?: number;
                pageSize?: number;
                sessionId?: number;
                status?: "DRAFT" | "SUBMITTED" | "RETURNED" | "BASE_APPROVED" | "APPROVED" | "REJECTED" | "VOIDED" | "CANCELLED";
                subject?: "THEORY" | "SKILLS";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rows, as format= asks */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_certificateEligibility: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
                /** @description true: who may apply; false: everyone else, with the reasons */
                eligible?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CertificateListPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CertificateListPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_certificateEligibilityCsv: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
                /** @description true: who may apply; false: everyone else, with the reasons */
                eligible?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rows as CSV (UTF-8) */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_certificateEligibilityXlsx: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
                /** @description true: who may apply; false: everyone else, with the reasons */
                eligible?: boolean;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the rows as XLSX */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    /** @description attachment; filename="…" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_retrainingList: {
        parameters: {
            query?: {
                /** @description one base: the centre any, a city reviewer one of its city, a base reviewer only its own */
                baseId?: number;
                page?: number;
                pageSize?: number;
                /** @description omitted: every state but CERTIFICATE_READY */
                state?: "IN_TIME" | "LAST_YEAR" | "RETRAINING_REQUIRED" | "CERTIFICATE_READY";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RetrainingPage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetrainingPage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_list: {
        parameters: {
            query?: {
                baseId?: number;
                cityId?: number;
                /** @description part of the name */
                name?: string;
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TraineePage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineePage"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TraineeView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_edit: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TraineeEditDto"];
            };
        };
        responses: {
            /** @description TraineeView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_revealIdNumber: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description RevealedIdNumber */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RevealedIdNumber"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the photo */
            200: {
                headers: {
                    /** @description private, no-store */
                    "Cache-Control"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    StandingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TraineeStandingView */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TraineeStandingView"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `NOT_FOUND`: 记录不存在 / Not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TraineesController_import: {
        parameters: {
            query?: {
                /** @description centre only: the base whose roster this is (else each row names its base) */
                baseId?: number;
                /** @description true writes the rows (all or none); false only reports */
                commit?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * @description The roster. CSV (UTF-8 with or without a BOM, or GBK/GB18030; comma- or tab-separated) or XLSX (its first worksheet), recognised by content, not by name. Row 1 is the header: names are matched ignoring case and spaces, in any column order; other columns are ignored, a column named twice is refused (`SPREADSHEET_COLUMNS_INVALID`, with the missing, unknown and duplicate names).
         *
         *     One row per trainee. Flags (阶段考试, 过程考核) read 是/合格/通过/yes/true/1 or 否/不合格/未通过/no/false/0; dates 2024-06-30, 2024/6/30, 2024.6.30 or 2024年6月30日; the cohort is the year training started (2022 or 2022级). Without 证件类型 a row is a resident ID card. 培训基地 is the base's name as GET /organisations spells it: a base imports its own trainees and may leave it empty; the centre names it per row or once with ?baseId=.
         *
         *     | column | header names accepted | |
         *     | --- | --- | --- |
         *     | `name` | 姓名, name | required |
         *     | `idType` | 证件类型, id_type, idType, id type | optional |
         *     | `idNumber` | 证件号码, 证件号, 身份证号, 身份证号码, id_number, idNumber, id number | required |
         *     | `base` | 培训基地, 基地, 培训医院, base | optional |
         *     | `cohort` | 年级, 培训年级, 入培年份, cohort | required |
         *     | `rotationEndDate` | 结束轮转时间, 结束轮转日期, 轮转结束时间, rotation_end_date, rotationEndDate, rotation end date | required |
         *     | `phaseTheoryPassed` | 集中理论培训阶段考试, 阶段考试合格, 阶段考试, phase_theory_passed, phaseTheoryPassed | required |
         *     | `processAssessmentPassed` | 培训过程考核, 过程考核合格, 过程考核, process_assessment_passed, processAssessmentPassed | required |
         */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The roster: CSV or XLSX
                     */
                    file: string;
                };
            };
        };
        responses: {
            /** @description RosterImportReport */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterImportReport"];
                };
            };
            /** @description `VALIDATION_FAILED`: 请求参数不合法 / The request is invalid; `BODY_TOO_DEEP`: 请求内容的嵌套层级过深 / The request body is nested too deeply; `FILE_MISSING`: 未收到上传文件 / No file was uploaded; `FILE_EMPTY`: 上传文件为空 / The uploaded file is empty; `FILE_ENCODING_UNSUPPORTED`: 无法识别文件编码，请使用 UTF-8 或 GBK / Unrecognised text encoding; use UTF-8 or GBK; `FILE_CORRUPT`: 文件已损坏，无法读取 / The file is damaged and cannot be read; `SPREADSHEET_COLUMNS_INVALID`: 表头与模板不符 / The header row does not match the template */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "VALIDATION_FAILED" | "BODY_TOO_DEEP" | "FILE_MISSING" | "FILE_EMPTY" | "FILE_ENCODING_UNSUPPORTED" | "FILE_CORRUPT" | "SPREADSHEET_COLUMNS_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `UNAUTHENTICATED`: 请先登录 / Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "UNAUTHENTICATED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PASSWORD_CHANGE_REQUIRED`: 请先修改密码 / Change your password first; `FORBIDDEN_ROLE`: 当前角色无权执行此操作 / Your role may not do this; `FORBIDDEN_SCOPE`: 超出本机构的管辖范围 / This record is outside your organisation */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PASSWORD_CHANGE_REQUIRED" | "FORBIDDEN_ROLE" | "FORBIDDEN_SCOPE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ORGANISATION_NOT_FOUND`: 机构不存在 / Organisation not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ORGANISATION_NOT_FOUND";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `CONFLICT`: 数据已被他人修改，请刷新后重试 / The record changed meanwhile; reload and retry */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "CONFLICT";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: 上传文件过大 / The upload is too large; `SPREADSHEET_TOO_LARGE`: 表格行数或解压后体积超出限制 / The spreadsheet has too many rows or expands too much */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "PAYLOAD_TOO_LARGE" | "SPREADSHEET_TOO_LARGE";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `FILE_TYPE_UNSUPPORTED`: 不支持的文件类型 / Unsupported file type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "FILE_TYPE_UNSUPPORTED";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
            /** @description `ROSTER_INVALID`: 名单存在错误，未导入任何数据 / The roster has errors; nothing was imported */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "ROSTER_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
    TicketsController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description TicketVerification */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TicketVerification"];
                };
            };
            /** @description `TICKET_TOKEN_INVALID`: 准考证二维码无效或被篡改 / The ticket code is not genuine or was altered */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        code: "TICKET_TOKEN_INVALID";
                        /** @description what was refused and why (varies by code) */
                        details?: {
                            [key: string]: unknown;
                        };
                        message: {
                            en: string;
                            zh: string;
                        };
                    };
                };
            };
        };
    };
}
