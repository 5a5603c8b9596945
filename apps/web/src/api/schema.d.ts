/**
 * Generated from the embedded runtime's OpenAPI document by `npm run web:api`. Do not edit:
 * a test fails when this file and the API differ.
 */

export interface paths {
    "/api/admin/persons/{personId}/forget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forget a person (crypto-shredding)
         * @description Destroys the person's key: their identifying data becomes unreadable everywhere it is stored (event store, bus, backups); every statistic stays as it was. Recorded as privacy.PersonForgotten.
         */
        post: operations["ForgetPersonController_forget"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The local accounts the admin manages
         * @description Never a password or its hash. 404 in oidc mode (users are the identity provider's).
         */
        get: operations["AdminUsersController_list"];
        put?: never;
        /**
         * Create a local account with an initial password
         * @description Role, provinces and unit are checked against the reference lists, as `npm run token` checks them.
         */
        post: operations["AdminUsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Disable or enable a local account, or change its name */
        patch: operations["AdminUsersController_change"];
        trace?: never;
    };
    "/api/admin/users/{userId}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset the password of a local account
         * @description Also lifts a lock after failed sign-ins.
         */
        post: operations["AdminUsersController_setPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List reads of identifying data, by record or by user (newest first)
         * @description Every read that showed names or birth dates is recorded before the data is sent. Give recordId or userId (personId narrows to one person). Provincial auditors see accesses to records of their provinces only. Entries carry pseudonymous person ids, never personal data.
         */
        get: operations["AccessAuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/detentions/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pre-trial detentions in force reaching their legal limit within N days, per court, sorted by limit date; those past the limit flagged */
        get: operations["CourtFileQueriesController_deadlines"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List court files in your scope (filter by court, province, stage, forwarding unit, principal offence, year opened; search by reference) */
        get: operations["CourtFileQueriesController_list"];
        put?: never;
        /** Open a court file (prosecutor), for a case that did not come from a police unit of this system */
        post: operations["CourtFileCommandsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file's current state, or its state as of an instant (?asOf=), with its legal deadlines
         * @description Prosecutors and judges see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Auditors see { restricted: true }, which is not recorded.
         */
        get: operations["CourtFileQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an accused (prosecution or investigation stage) */
        post: operations["CourtFileCommandsController_addAccused"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused/{personId}/detention": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place a charged accused in pre-trial detention (investigation stage) */
        post: operations["CourtFileCommandsController_orderDetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused/{personId}/detention/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the pre-trial detention in force */
        post: operations["CourtFileCommandsController_endDetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused/{personId}/detention/extensions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Extend the pre-trial detention in force, within its legal limit */
        post: operations["CourtFileCommandsController_extendDetention"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused/{personId}/judicial-supervision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave a charged accused at liberty under judicial supervision (ends a detention in force) */
        post: operations["CourtFileCommandsController_supervise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/accused/{personId}/verdict": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A first-instance verdict for a charged accused (trial stage) */
        post: operations["CourtFileCommandsController_verdict"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an appeal against the first-instance judgment */
        post: operations["CourtFileCommandsController_lodgeAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/appeals/{appealNumber}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the Court of Appeal's decision on an appeal (the first-instance verdict never changes) */
        post: operations["CourtFileCommandsController_appealDecision"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/charges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Charge an accused: the prosecutor in the prosecution stage, the investigating judge in the investigation stage (otherwise 403) */
        post: operations["CourtFileCommandsController_charge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/closing-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The investigating judge's closing order: sent to trial, or dismissed */
        post: operations["CourtFileCommandsController_closingOrder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/compensation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award compensation to a victim of the file (trial stage) */
        post: operations["CourtFileCommandsController_compensation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The file's history: every event with its actor, times and what changed
         * @description Prosecutors and judges see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Auditors see { restricted: true }, which is not recorded.
         */
        get: operations["CourtFileQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/prosecution-decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The prosecutor's decision: to the investigating judge, to trial, or retained without processing */
        post: operations["CourtFileCommandsController_decideProsecution"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/files/{fileId}/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a victim (prosecution, investigation or trial stage) */
        post: operations["CourtFileCommandsController_addVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/court/police-cases/{caseId}/outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What became of a case the police forwarded: its court file, stage, charges, decisions and verdict outcomes (no personal data) */
        get: operations["PoliceCaseOutcomeController_outcome"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List police cases in your scope (filter by province, unit, status, principal offence, year opened; search by reference) */
        get: operations["PoliceCaseQueriesController_list"];
        put?: never;
        /** Open a police case */
        post: operations["PoliceCaseCommandsController_open"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's current state, or its state as of an instant (?asOf=)
         * @description Police and prosecutors see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Other roles see { restricted: true }, which is not recorded.
         */
        get: operations["PoliceCaseQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case without forwarding it, with a reason */
        post: operations["PoliceCaseCommandsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/forward": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Forward the case to the prosecutor, with its arrested suspects and rescued victims */
        post: operations["PoliceCaseCommandsController_forward"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's history: every event with its actor, times and what changed
         * @description Police and prosecutors see names and birth dates; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Other roles see { restricted: true }, which is not recorded.
         */
        get: operations["PoliceCaseQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/offences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an offence to the case */
        post: operations["PoliceCaseCommandsController_addOffence"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed case, with a documented justification */
        post: operations["PoliceCaseCommandsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/suspects": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Identify a suspect */
        post: operations["PoliceCaseCommandsController_identifySuspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/suspects/{suspectId}/arrest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Arrest an identified suspect (detained and sent to court) */
        post: operations["PoliceCaseCommandsController_arrest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/suspects/{suspectId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release an arrested suspect */
        post: operations["PoliceCaseCommandsController_release"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/victims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a rescued victim (with screenedPersonId: a person screened at a border first) */
        post: operations["PoliceCaseCommandsController_rescueVictim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/enforcement/cases/{caseId}/victims/{victimId}/hand-over": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand a rescued victim over (social affairs, family, partner organisation) */
        post: operations["PoliceCaseCommandsController_handOver"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List returned bodies in your provinces, most recent first: filter by year, month, province, place */
        get: operations["ReturnedBodyQueriesController_list"];
        put?: never;
        /**
         * Record a body returned across a border or through an airport: sex, cause of death as reported, country of death
         * @description The same place and reference again is 409.
         */
        post: operations["ReturnedBodyCommandsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/bodies/{bodyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A body record now, or as the system knew it at an instant (?asOf=) */
        get: operations["ReturnedBodyQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/bodies/{bodyId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a body record: its figures as a whole, superseding the earlier ones */
        post: operations["ReturnedBodyCommandsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/bodies/{bodyId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The body record's history: every event with its actor, times and what changed */
        get: operations["ReturnedBodyQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/receptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List receptions in your provinces, most recent first: filter by year, month, province, place, receiving unit, status */
        get: operations["ReceptionQueriesController_list"];
        put?: never;
        /**
         * Record a reception: people received together at an airport, checkpoint or embassy, counted by sex and age
         * @description Its id is named by the place and your reference: the same place and reference again is 409 (a file uploaded with the row counts it as already recorded).
         */
        post: operations["ReceptionCommandsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/receptions/{receptionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A reception's figures now, or as the system knew them at an instant (?asOf=), with its corrections and withdrawal */
        get: operations["ReceptionQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/receptions/{receptionId}/corrections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a reception: its figures as a whole, superseding the earlier ones (statistics use the latest); not once withdrawn */
        post: operations["ReceptionCommandsController_correct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/receptions/{receptionId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reception's history: every event with its actor, times and what changed */
        get: operations["ReceptionQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/receptions/{receptionId}/withdrawal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Withdraw a reception recorded in error (final: statistics no longer count it) */
        post: operations["ReceptionCommandsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Referrals addressed to you, most recent first
         * @description The police see referrals to the police of their provinces, social workers those to social affairs of their provinces, partner workers those to their organisation; border officials and auditors every referral of the persons screened in their provinces. `destination` narrows the list (another role's destination: an empty list).
         */
        get: operations["ScreenedPersonQueriesController_referrals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List screened persons in your scope (your provinces; for a partner worker, the persons referred to your organisation): filter by year, month, province, place, outcome */
        get: operations["ScreenedPersonQueriesController_list"];
        put?: never;
        /**
         * Record a person interviewed and screened at a reception (named by its reference at the same place)
         * @description The name and birth date are sealed under the person's own key before anything is stored. The same place and reference again is 409.
         */
        post: operations["ScreenedPersonCommandsController_screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/screenings/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A screened person's record now, or as of an instant (?asOf=): the screening, revisions and referrals
         * @description Border officials, the police and social workers of the province see the name and birth date, and partner workers of a person referred to their organisation; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Auditors and statisticians see { restricted: true }, which is not recorded.
         */
        get: operations["ScreenedPersonQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/screenings/{personId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The screened person's history: every event with its actor, times and what changed
         * @description Border officials, the police and social workers of the province see the name and birth date, and partner workers of a person referred to their organisation; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Auditors and statisticians see { restricted: true }, which is not recorded.
         */
        get: operations["ScreenedPersonQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/screenings/{personId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refer the person to the police (a police case is opened or added to), social affairs or a partner (a protection case is opened), or the family */
        post: operations["ScreenedPersonCommandsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/screenings/{personId}/revisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revise the preliminary outcome after a later interview (a different outcome, with a justification) */
        post: operations["ScreenedPersonCommandsController_revise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/uploads": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The files uploaded in your provinces (all for a national user), newest first: counts only */
        get: operations["IntakeUploadsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/uploads/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a file of receptions, screened persons or returned bodies: each row checked and recorded as through the API
         * @description The body is the file itself (CSV in UTF-8, or an XLSX workbook: its first sheet), its first row naming the columns: receptions: reference, place, received_on, received_by, returned_by, country_returned_from, reason, men, women, boys, girls; screenings: reference, reception_reference, place, screened_on, screened_by, outcome, sex, nationality, country_returned_from [exploitation_indicated, age_in_years, birth_date, name, referral_destination, referral_on, referral_organisation, referral_police_unit, referral_police_case_id, referral_suspected_offence]; bodies: reference, place, received_on, received_by, brought_by, country_of_death, sex, cause. Values as the API takes them (codes, dates YYYY-MM-DD); an empty cell is an absent value. A screening row with referral_* columns is also referred. Rows outside your provinces are refused. The same file again (same SHA-256) appends nothing and answers its record (repeated: true); a row recorded before with the same figures counts as alreadyRecorded, with other figures it is refused. Progress while it runs: GET /api/intake/uploads/{uploadId} (the SHA-256 of the file).
         */
        post: operations["IntakeUploadsController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/intake/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An upload: while it runs, the rows read and counted so far; once done, its record with the refusals */
        get: operations["IntakeUploadsController_view"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List protection cases in your scope (your provinces; for a partner worker, the cases referred to your organisation): filter by province, status, channel, year received, organisation */
        get: operations["ProtectionCaseQueriesController_list"];
        put?: never;
        /** Register a person directly (from overseas authorities, judicial police, an NGO, a court, self-referred); police hand-overs open their case themselves */
        post: operations["ProtectionCaseCommandsController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A case's current state, or its state as of an instant (?asOf=), with its follow-up visits
         * @description Social workers see the name and birth date; partner workers only for a case referred to their organisation and when the person's consent shares with it; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Others see { restricted: true }, which is not recorded.
         */
        get: operations["ProtectionCaseQueriesController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** File a compensation claim for the person, supported by an organisation */
        post: operations["ProtectionCaseCommandsController_fileClaim"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/claims/{claimId}/award": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a court's award on a claim (a court of this system records its own awards itself) */
        post: operations["ProtectionCaseCommandsController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/claims/{claimId}/receipts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record money received on an awarded claim (possibly in parts, never more than awarded) */
        post: operations["ProtectionCaseCommandsController_receipt"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/closure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the case, with a reason */
        post: operations["ProtectionCaseCommandsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record what the person (or guardian) agreed to share, with whom and for what; replaces any earlier consent */
        post: operations["ProtectionCaseCommandsController_consent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/family-assessment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the assessment of the family the person would return to */
        post: operations["ProtectionCaseCommandsController_assessFamily"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a follow-up visit after the integration */
        post: operations["ProtectionCaseCommandsController_followUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The case's history: every event with its actor, times and what changed
         * @description Social workers see the name and birth date; partner workers only for a case referred to their organisation and when the person's consent shares with it; every such read is recorded (audit.PersonalDataAccessed) before the answer is sent. Others see { restricted: true }, which is not recorded.
         */
        get: operations["ProtectionCaseQueriesController_history"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/integration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Integrate the person into the community (not while in a shelter; after a family assessment that is not `not_suitable`); you are the follow-up worker */
        post: operations["ProtectionCaseCommandsController_integrate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/journey": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The person's journey across contexts: rescue, hand-over, court, shelter, compensation, integration, follow-ups (codes and pseudonymous ids only) */
        get: operations["ProtectionCaseQueriesController_journey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/referrals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refer the case to an organisation (its partner workers may then read it, and see the person's data if the consent shares with it) */
        post: operations["ProtectionCaseCommandsController_refer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/reopening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed case, with a justification (back to the stage before closing) */
        post: operations["ProtectionCaseCommandsController_reopen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/services": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a service delivered to the person by an organisation */
        post: operations["ProtectionCaseCommandsController_service"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/shelter/admission": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Admit the person to a shelter (one at a time) */
        post: operations["ProtectionCaseCommandsController_admit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/cases/{personId}/shelter/departure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the departure from the shelter the person is in */
        post: operations["ProtectionCaseCommandsController_depart"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/protection/follow-ups/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow-up visits fallen due and not made, by today in Cambodia, oldest first; counts per worker and province (where the person lives) */
        get: operations["ProtectionCaseQueriesController_overdue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a local account
         * @description Answers a bearer token for the API (HS256, at most 8 hours). A wrong username and a wrong password get the same answer. Five failures for a username, or twenty from one address, within 15 minutes lock it for 15 minutes (429 with Retry-After). Only in local mode (CASETRAIL_AUTH_MODE=local); 404 otherwise.
         */
        post: operations["SessionController_signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * How the web app signs people in
         * @description Local accounts (POST /api/session), or an OIDC identity provider.
         */
        get: operations["SessionController_config"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/court-durations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Median and 90th percentile of arrest to charge, charge to closing order and closing order to verdict
         * @description Per province of the court (then all of them pooled), over the durations ending in the year; nearest-rank percentiles in whole days (definitions: docs/statistics.md). A reader scoped to provinces sees only those.
         */
        get: operations["JusticeStatisticsController_courtDurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/bodies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Returned bodies (report II.D.1.2) by place, cause, who brought them, receiving unit and country of death, by sex
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_bodies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/police-receptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Receptions by the Capital and Provincial Police Commissariats (report II.D.1.1) per province: receptions, persons, females, minors
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_policeReceptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/receptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * People received (report II.D.1.1) by place, who returned them, receiving unit, country and reason, and the embassies' table by destination and motive; by sex and child/adult
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_receptions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/referral-chain": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Of the persons referred to the police or to social affairs and partners, how many became police victims or protection cases; how many police rescues had been screened first
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_referralChain"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/screening-yield": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Suspected victims per 1,000 returnees, per place and month
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_screeningYield"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/intake/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persons screened by outcome, exploitation and place, by sex and child/adult; referrals by destination
         * @description Computed from the intake records' events at query time (definitions: docs/statistics.md), with the same period a year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. `month` narrows the year to one month. Each figure counts in the province of its place; a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["IntakeStatisticsController_screenings"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/investigating-judges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Investigating judges' table (report II.C.2.1 §2) for a year, compared with the year before
         * @description Computed from the court files' events at query time (definitions: docs/statistics.md), per offence category and total, with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those; `province` selects the files of that province's court.
         */
        get: operations["CourtTablesStatisticsController_investigatingJudges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/justice-funnel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What became of the police cases forwarded in a year: received, charged, sent to trial, convicted, acquitted
         * @description Counts per province of the police case (then the total) at `asOf` (today in Cambodia by default), computed from the police cases' and court files' events (definitions: docs/statistics.md). A reader scoped to provinces sees only those.
         */
        get: operations["JusticeStatisticsController_justiceFunnel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/law-enforcement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Law-enforcement table (report II.C.1.1) for a year, compared with the year before
         * @description Computed from the police cases' events at query time (definitions: docs/statistics.md). JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those.
         */
        get: operations["LawEnforcementStatisticsController_lawEnforcement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/prosecution": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Prosecution table (report II.C.2.1 §1) for a year, compared with the year before
         * @description Computed from the court files' events at query time (definitions: docs/statistics.md), per offence category and total, with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those; `province` selects the files of that province's court.
         */
        get: operations["CourtTablesStatisticsController_prosecution"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/compensation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Legal aid and compensation (report II.D.2) per supporting organisation: claims filed, victims awarded and paid, amounts per currency
         * @description Computed from the protection cases' events at query time (definitions: docs/statistics.md), with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case's province at its event (the opening's, then the integration's); a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["ProtectionStatisticsController_compensation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/follow-ups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Follow-up visits after integration (report II.D.3): visits and persons visited, by outcome and by who visited
         * @description Computed from the protection cases' events at query time (definitions: docs/statistics.md), with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case's province at its event (the opening's, then the integration's); a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["ProtectionStatisticsController_followUps"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/integration-durations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Median and 90th percentile of the time from rescue, and from reception, to integration, per province
         * @description Per province of the integration (then all of them pooled), over the integrations of the year and of the year before; nearest-rank percentiles in whole days (definitions: docs/statistics.md). A reader scoped to provinces sees only those.
         */
        get: operations["ProtectionStatisticsController_integrationDurations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/integrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Integrations into the community (report II.D.3) by who integrated and by exploitation type
         * @description Computed from the protection cases' events at query time (definitions: docs/statistics.md), with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case's province at its event (the opening's, then the integration's); a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["ProtectionStatisticsController_integrations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Persons received (report II.D.1) by channel, entry point, country returned from and exploitation type
         * @description Computed from the protection cases' events at query time (definitions: docs/statistics.md), with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case's province at its event (the opening's, then the integration's); a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["ProtectionStatisticsController_received"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/protection/shelter-admissions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Shelter admissions (report II.D.2) by exploitation type and by who sent the person, by sex and child/adult
         * @description Computed from the protection cases' events at query time (definitions: docs/statistics.md), with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. Each figure counts in the case's province at its event (the opening's, then the integration's); a reader scoped to provinces sees only those, and `province` selects one.
         */
        get: operations["ProtectionStatisticsController_shelterAdmissions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/trial": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Trial table (report II.C.2.1 §3) for a year, compared with the year before
         * @description Computed from the court files' events at query time (definitions: docs/statistics.md), per offence category and total, with the year before and the change. JSON by default; CSV with `Accept: text/csv` or `format=csv`. A reader scoped to provinces sees only those; `province` selects the files of that province's court.
         */
        get: operations["CourtTablesStatisticsController_trial"];
        put?: never;
        post?: never;
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
        get: operations["HealthController_ready"];
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
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_readiness"];
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
        AccessPageDto: {
            items: components["schemas"]["AccessRecordDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        AccessRecordDto: {
            /**
             * @description The access event id
             * @example 0b6e3c1a-5f2d-4e7a-9c8b-1a2b3c4d5e6f
             */
            accessId: string;
            /** @example 2021-03-02T04:05:06.000Z */
            at: string;
            /**
             * @description The request that read the data (also on the log lines)
             * @example 3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a
             */
            correlationId: string;
            /**
             * @description Pseudonymous ids of the people whose identifying data was shown
             * @example [
             *       "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
             *     ]
             */
            personIds: string[];
            /** @example null */
            purpose: string | null;
            /** @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10 */
            recordId: string;
            /** @example battambang */
            recordProvince: string;
            /**
             * @example police-case
             * @enum {string}
             */
            recordType: "police-case";
            /** @example police */
            role: string;
            /** @example GET /api/enforcement/cases/:caseId */
            route: string;
            /** @example police-battambang */
            unit: string | null;
            /** @example officer-1 */
            userId: string;
        };
        AddAccusedDto: {
            /**
             * @description Date the person was added to the file
             * @example 2020-03-16
             */
            addedOn: string;
            /**
             * @description Age in whole years on addedOn; give this or birthDate
             * @example 34
             */
            ageInYears?: number;
            /**
             * @description Give this or ageInYears; stored only sealed
             * @example 1988-07-02
             */
            birthDate?: string;
            /**
             * @description ISO 3166-1 alpha-3 nationality
             * @example KHM
             */
            nationality: string;
            personal?: components["schemas"]["PersonalDataDto"];
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        AddOffenceDto: {
            /** @example 2020-03-20 */
            addedOn: string;
            /**
             * @example procuring
             * @enum {string}
             */
            offence: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
        };
        AddVictimDto: {
            /**
             * @description Date the person was added to the file
             * @example 2020-03-16
             */
            addedOn: string;
            /**
             * @description Age in whole years on addedOn; give this or birthDate
             * @example 34
             */
            ageInYears?: number;
            /**
             * @description Give this or ageInYears; stored only sealed
             * @example 1988-07-02
             */
            birthDate?: string;
            /**
             * @example sexual
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @description ISO 3166-1 alpha-3 nationality
             * @example KHM
             */
            nationality: string;
            personal?: components["schemas"]["PersonalDataDto"];
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        AdmitToShelterDto: {
            /** @example 2020-05-07 */
            admittedOn: string;
            /**
             * @description Who sent the person (a department or a partner)
             * @example dosvy-battambang
             * @enum {string}
             */
            sentBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @description The organisation running the shelter (one that runs one); a partner worker: their own
             * @example ngo-aple
             * @enum {string}
             */
            shelter: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @description Where the shelter is; defaults to the organisation's province, else the case's
             * @example battambang
             * @enum {string}
             */
            shelterProvince?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
        };
        AppealAcceptedDto: {
            /**
             * @description The appeal number in this file (1, 2, …)
             * @example 1
             */
            appealNumber: number;
            /** @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c */
            fileId: string;
            /**
             * @description Revision of the file after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        AppealDto: {
            /** @example 1 */
            appealNumber: number;
            /**
             * @example accused
             * @enum {string}
             */
            appellant: "accused" | "prosecutor" | "civil_party";
            /**
             * Format: date
             * @example null
             */
            decidedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            decision: "upheld" | "overturned" | "modified" | null;
            /**
             * Format: date
             * @example 2020-12-01
             */
            lodgedOn: string;
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string | null;
        };
        ArrestSuspectDto: {
            /** @example 2020-03-16 */
            arrestedOn: string;
        };
        AssessFamilyDto: {
            /**
             * @description Who assessed the family; a partner worker: their own organisation
             * @example dosvy-battambang
             * @enum {string}
             */
            assessedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /** @example 2020-08-10 */
            assessedOn: string;
            /**
             * @example suitable
             * @enum {string}
             */
            outcome: "suitable" | "suitable_with_support" | "not_suitable";
        };
        AwardCompensationDto: {
            /**
             * @description In minor units of the currency
             * @example 2000000
             */
            amount: number;
            /** @example 2020-11-20 */
            awardedOn: string;
            /**
             * @description ISO 4217 code with a minor unit; never converted
             * @example KHR
             */
            currency: string;
            /**
             * Format: uuid
             * @description A victim of the file
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            victimId: string;
        };
        BodyCommandAcceptedDto: {
            /**
             * Format: uuid
             * @description The body id: the name-based UUID (v5) of its place and reference
             * @example 4c5d6e7f-8091-5a2b-8c3d-4e5f60718293
             */
            bodyId: string;
            /**
             * @description Revision of the record after the command; send it as If-Match next time
             * @example 0
             */
            revision: number;
        };
        BodyFiguresViewDto: {
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            broughtBy: "foreign_authorities" | "family" | "other";
            /**
             * @example disease
             * @enum {string}
             */
            cause: "disease" | "accident" | "other";
            /**
             * @example THA
             * @enum {string}
             */
            countryOfDeath: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-06-11
             */
            receivedOn: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        BodyHistoryDto: {
            /**
             * Format: uuid
             * @example 4c5d6e7f-8091-5a2b-8c3d-4e5f60718293
             */
            bodyId: string;
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
        };
        BodyPageDto: {
            items: components["schemas"]["BodySummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        BodyStateDto: {
            /**
             * Format: uuid
             * @example 4c5d6e7f-8091-5a2b-8c3d-4e5f60718293
             */
            bodyId: string;
            corrections: components["schemas"]["CorrectionViewDto"][];
            figures: components["schemas"]["BodyFiguresViewDto"];
            /** @example true */
            received: boolean;
            recordedFigures: components["schemas"]["BodyFiguresViewDto"];
            /** @example 2020-B-031 */
            reference: string;
        };
        BodySummaryDto: {
            /**
             * Format: uuid
             * @example 4c5d6e7f-8091-5a2b-8c3d-4e5f60718293
             */
            bodyId: string;
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            broughtBy: "foreign_authorities" | "family" | "other";
            /**
             * @example disease
             * @enum {string}
             */
            cause: "disease" | "accident" | "other";
            /** @example 0 */
            corrections: number;
            /**
             * @example THA
             * @enum {string}
             */
            countryOfDeath: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * Format: date-time
             * @example 2020-04-02T03:10:00.000Z
             */
            lastChangedAt: string;
            /** @example 6 */
            month: number;
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-06-11
             */
            receivedOn: string;
            /** @example 2020-B-031 */
            reference: string;
            /** @example 0 */
            revision: number;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
            /** @example 2020 */
            year: number;
        };
        BodyViewDto: {
            /**
             * Format: date-time
             * @example null
             */
            asOf: string | null;
            /**
             * Format: uuid
             * @example 4c5d6e7f-8091-5a2b-8c3d-4e5f60718293
             */
            bodyId: string;
            /** @example 0 */
            revision: number;
            state: components["schemas"]["BodyStateDto"];
        };
        CaseCommandAcceptedDto: {
            /**
             * Format: uuid
             * @description The person id, which is the case id
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        CaseFollowUpsDto: {
            /**
             * Format: date
             * @description The date (in Cambodia) the visits are counted at
             * @example 2021-01-10
             */
            on: string;
            visits: components["schemas"]["FollowUpDueDto"][];
        };
        ChangeLocalUserDto: {
            /**
             * @description A disabled user cannot sign in (tokens already issued live out their lifetime)
             * @example true
             */
            disabled?: boolean;
            /** @example Sokha Chan */
            name?: string;
        };
        ChargePersonDto: {
            /** @example 2020-03-17 */
            chargedOn: string;
            /**
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * Format: uuid
             * @description An accused of the file
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
        };
        ClaimAcceptedDto: {
            /**
             * Format: uuid
             * @description The new claim id (server-generated UUID v4)
             * @example 5b7e2f10-9c3d-4a8e-b1f2-3d4c5e6f7a80
             */
            claimId: string;
            /**
             * Format: uuid
             * @description The person id, which is the case id
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        CloseProtectionCaseDto: {
            /** @example 2021-09-15 */
            closedOn: string;
            /**
             * @example follow_up_completed
             * @enum {string}
             */
            reason: "follow_up_completed" | "transferred" | "declined_services" | "lost_contact" | "deceased" | "recorded_in_error" | "other";
        };
        CloseWithoutForwardingDto: {
            /** @example 2020-04-01 */
            closedOn: string;
            /**
             * @example insufficient_evidence
             * @enum {string}
             */
            reason: "no_offence_established" | "insufficient_evidence" | "suspects_not_found" | "merged_with_other_case" | "transferred_to_other_unit" | "recorded_in_error" | "other";
        };
        ClosingOrderDto: {
            /**
             * Format: date
             * @example 2020-10-05
             */
            issuedOn: string;
            /**
             * @example sent_to_trial
             * @enum {string}
             */
            outcome: "sent_to_trial" | "dismissed";
        };
        CommandAcceptedDto: {
            /** @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10 */
            caseId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        CompensationChangeDto: {
            /** @description Per currency */
            awarded: {
                [key: string]: components["schemas"]["FigureChangeDto"];
            };
            counts: components["schemas"]["CompensationCountChangesDto"];
            /** @description Per currency */
            received: {
                [key: string]: components["schemas"]["FigureChangeDto"];
            };
        };
        CompensationCountChangesDto: {
            claimsFiled: components["schemas"]["FigureChangeDto"];
            victimsAwarded: components["schemas"]["FigureChangeDto"];
            victimsReceived: components["schemas"]["FigureChangeDto"];
        };
        CompensationCountsDto: {
            /** @example 0 */
            claimsFiled: number;
            /** @example 0 */
            victimsAwarded: number;
            /** @example 0 */
            victimsReceived: number;
        };
        CompensationDto: {
            /**
             * @description In minor units of the currency
             * @example 2000000
             */
            amount: number;
            /**
             * Format: date
             * @example 2020-11-20
             */
            awardedOn: string;
            /**
             * @description ISO 4217
             * @example KHR
             */
            currency: string;
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            victimId: string;
        };
        CompensationRowDto: {
            change: components["schemas"]["CompensationChangeDto"];
            /** @description Figures of the year */
            current: components["schemas"]["CompensationYearDto"];
            /**
             * @description Its kind; null on the total row
             * @example partner_organisation
             */
            kind: string | null;
            /** @example Chab Dai Coalition */
            label: string;
            /**
             * @example organisation
             * @enum {string}
             */
            level: "organisation" | "total";
            /**
             * @description The supporting organisation; null on the total row
             * @example ngo-chab-dai
             */
            organisation: string | null;
            /** @description Figures of the year before */
            previous: components["schemas"]["CompensationYearDto"];
        };
        CompensationTableDto: {
            /**
             * @description The currencies that occur in either year, by code
             * @example [
             *       "USD"
             *     ]
             */
            currencies: string[];
            /** @description The counts of every row, in column order */
            figures: ("claimsFiled" | "victimsAwarded" | "victimsReceived")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (figures counted there), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per supporting organisation with a figure in either year, then the total */
            rows: components["schemas"]["CompensationRowDto"][];
            /**
             * @example compensation
             * @enum {string}
             */
            table: "compensation";
            /** @example 2020 */
            year: number;
        };
        CompensationYearDto: {
            /**
             * @description Per ISO 4217 currency, integer minor units (US cents), never converted; every currency of the table
             * @example {
             *       "USD": 52447600
             *     }
             */
            awarded: {
                [key: string]: number;
            };
            counts: components["schemas"]["CompensationCountsDto"];
            /**
             * @description Per ISO 4217 currency, integer minor units (US cents), never converted; every currency of the table
             * @example {
             *       "USD": 52447600
             *     }
             */
            received: {
                [key: string]: number;
            };
        };
        ConsentToShareDto: {
            /**
             * @description An organisation the person agreed to share with
             * @example ngo-aple
             * @enum {string}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example [
             *       "shelter",
             *       "services"
             *     ]
             */
            purposes: ("case_management" | "shelter" | "services" | "legal_aid" | "reintegration" | "follow_up")[];
        };
        ConsentToShareViewDto: {
            /**
             * @example ngo-aple
             * @enum {string}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example [
             *       "shelter"
             *     ]
             */
            purposes: ("case_management" | "shelter" | "services" | "legal_aid" | "reintegration" | "follow_up")[];
        };
        ConsentViewDto: {
            /**
             * @example guardian
             * @enum {string}
             */
            givenBy: "person" | "guardian";
            /**
             * Format: date
             * @example 2020-05-06
             */
            recordedOn: string;
            sharing: components["schemas"]["ConsentToShareViewDto"][];
        };
        CorrectBodyRecordDto: {
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            broughtBy: "foreign_authorities" | "family" | "other";
            /**
             * @description The cause of death as reported by who brought the body
             * @example disease
             * @enum {string}
             */
            cause: "disease" | "accident" | "other";
            /** @example 2020-06-15 */
            correctedOn: string;
            /**
             * @description ISO 3166-1 alpha-3 of the country of death
             * @example THA
             * @enum {string}
             */
            countryOfDeath: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description Why (one line)
             * @example The cause was reported wrongly
             */
            justification: string;
            /**
             * @description Where the body was received; its province is the record's scope
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /** @example 2020-06-11 */
            receivedOn: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        CorrectionViewDto: {
            /**
             * Format: date
             * @example 2020-04-10
             */
            correctedOn: string;
            /** @example Two girls were counted as women */
            justification: string;
        };
        CorrectReceptionDto: {
            /**
             * @description The day the figures were found wrong
             * @example 2020-04-10
             */
            correctedOn: string;
            /**
             * @description ISO 3166-1 alpha-3 of the country returned from (an embassy's own country)
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /** @description At least one person in all */
            counts: components["schemas"]["PersonCountsDto"];
            /**
             * @description Why (one line)
             * @example Two girls were counted as women
             */
            justification: string;
            /**
             * @description The airport, land checkpoint or embassy (`embassy-<country>`); its province is the reception's scope
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example illegal_work
             * @enum {string}
             */
            reason: "illegal_work" | "illegal_border_crossing" | "suspected_trafficking" | "workload" | "other";
            /**
             * @description The receiving unit
             * @example police-commissariat-banteay-meanchey
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * @description The day the people were received (YYYY-MM-DD)
             * @example 2020-04-02
             */
            receivedOn: string;
            /**
             * @description Who returned the people (an embassy place: embassy, foreign_authorities or other)
             * @example foreign_authorities
             * @enum {string}
             */
            returnedBy: "foreign_authorities" | "embassy" | "self" | "family" | "other";
        };
        CourtAccusedDto: {
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus" | "unknown";
            /**
             * Format: date
             * @description The date the age band is known at
             * @example 2020-03-16
             */
            ageBandOn: string;
            /** @example 31 */
            ageInYears: number | null;
            /**
             * Format: date
             * @description Police arrest date, for accused forwarded by the police
             * @example 2020-03-16
             */
            arrestedOn: string | null;
            /**
             * Format: date
             * @description Only when the personal data was opened for the reader
             * @example null
             */
            birthDate: string | null;
            charges: components["schemas"]["CourtChargeDto"][];
            /** @description Every pre-trial detention in order; the last is current while it has no end */
            detentions: components["schemas"]["CourtDetentionDto"][];
            /**
             * Format: date
             * @description The date the person entered the file
             * @example 2020-03-21
             */
            enteredOn: string;
            /**
             * @description ISO 3166-1 alpha-3
             * @example KHM
             */
            nationality: string;
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
            /**
             * @example police
             * @enum {string}
             */
            source: "police" | "court";
            /**
             * Format: date
             * @description The judicial supervision order in force
             * @example null
             */
            supervisedSince: string | null;
            verdicts: components["schemas"]["CourtVerdictDto"][];
        };
        CourtChargeDto: {
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus" | "unknown";
            /**
             * @example prosecutor
             * @enum {string}
             */
            chargedBy: "prosecutor" | "investigating_judge";
            /**
             * Format: date
             * @example 2020-03-17
             */
            chargedOn: string;
            /**
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        CourtDeadlineCountDto: {
            /**
             * @example court-battambang
             * @enum {string}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
            /** @example 1 */
            detentions: number;
            /** @example 0 */
            pastLimit: number;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
        };
        CourtDetentionDto: {
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus" | "unknown";
            /**
             * Format: date
             * @example null
             */
            endedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            endReason: "release_order" | "judicial_supervision" | "time_limit_reached" | "dismissal" | "first_instance_judgment" | "accused_deceased" | "other" | null;
            extensions: components["schemas"]["DetentionExtensionDto"][];
            /** @example pretrial-adult-felony */
            limitId: string;
            /**
             * @example felony
             * @enum {string}
             */
            offenceClass: "felony" | "misdemeanour";
            /**
             * Format: date
             * @example 2020-03-19
             */
            orderedOn: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        CourtDurationsByMeasureDto: {
            arrestToCharge: components["schemas"]["DurationSummaryDto"];
            chargeToClosingOrder: components["schemas"]["DurationSummaryDto"];
            closingOrderToVerdict: components["schemas"]["DurationSummaryDto"];
        };
        CourtDurationsDto: {
            /** @description The durations measured */
            measures: ("arrestToCharge" | "chargeToClosingOrder" | "closingOrderToVerdict")[];
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per province of the court, then the total over the same durations pooled */
            rows: components["schemas"]["CourtDurationsRowDto"][];
            /** @example 2020 */
            year: number;
        };
        CourtDurationsRowDto: {
            durations: components["schemas"]["CourtDurationsByMeasureDto"];
            /** @example Battambang */
            label: string;
            /**
             * @example province
             * @enum {string}
             */
            level: "province" | "total";
            /**
             * @description Null on the total row
             * @example battambang
             */
            province: string | null;
        };
        CourtFileHistoryDto: {
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string;
        };
        CourtFilePageDto: {
            items: components["schemas"]["CourtFileSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        CourtFileStateDto: {
            /** @description By person id */
            accused: {
                [key: string]: components["schemas"]["CourtAccusedDto"];
            };
            appeals: components["schemas"]["AppealDto"][];
            /**
             * Format: date
             * @description When the file was retained without processing or dismissed
             * @example null
             */
            closedOn: string | null;
            closingOrder: components["schemas"]["ClosingOrderDto"] | null;
            compensation: components["schemas"]["CompensationDto"][];
            /**
             * @example court-battambang
             * @enum {string|null}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum" | null;
            /** @description When the file entered each stage */
            entered: components["schemas"]["StageEntriesDto"];
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string | null;
            /**
             * @description Opening offences first (the first is the principal offence), then offences first charged later
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * Format: date
             * @example 2020-03-14
             */
            openedOn: string | null;
            /** @description Received from the police, or opened directly */
            origin: (components["schemas"]["PoliceOriginDto"] | components["schemas"]["DirectOriginDto"]) | null;
            prosecutionDecision: components["schemas"]["ProsecutionDecisionDto"] | null;
            /**
             * @example battambang
             * @enum {string|null}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum" | null;
            /**
             * @example investigation
             * @enum {string}
             */
            stage: "not_opened" | "prosecution" | "investigation" | "trial" | "retained_without_processing" | "dismissed";
            /** @description By person id */
            victims: {
                [key: string]: components["schemas"]["CourtVictimDto"];
            };
        };
        CourtFileSummaryDto: {
            /** @example 1 */
            accused: number;
            /** @example 0 */
            appeals: number;
            /**
             * @description Accused charged with at least one offence
             * @example 1
             */
            charged: number;
            /**
             * @example [
             *       "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
             *     ]
             */
            chargedPersonIds: string[];
            closingOrder: components["schemas"]["ClosingOrderDto"] | null;
            /** @example 0 */
            compensationAwards: number;
            /**
             * @example court-battambang
             * @enum {string}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
            detentionsInForce: components["schemas"]["DetentionInForceDto"][];
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string;
            /**
             * @description The police unit that forwarded the case, or null for a file opened directly
             * @example null
             */
            forwardingUnit: string | null;
            /**
             * Format: date-time
             * @example 2020-03-19T02:10:00.000Z
             */
            lastChangedAt: string;
            /**
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * Format: date
             * @example 2020-03-14
             */
            openedOn: string;
            /**
             * @example direct
             * @enum {string}
             */
            origin: "police" | "direct";
            /**
             * Format: uuid
             * @description The police case the file came from, or null for a file opened directly
             * @example null
             */
            policeCaseId: string | null;
            /**
             * @example trafficking_in_persons_with_purpose
             * @enum {string}
             */
            principalOffence: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
            prosecutionDecision: components["schemas"]["ProsecutionDecisionDto"] | null;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @description The court's own file reference, or null
             * @example BTB-CR-2020-031
             */
            reference: string | null;
            /** @example 5 */
            revision: number;
            /**
             * @example investigation
             * @enum {string}
             */
            stage: "prosecution" | "investigation" | "trial" | "retained_without_processing" | "dismissed";
            verdicts: components["schemas"]["VerdictOutcomeDto"][];
            /** @example 1 */
            victims: number;
            /**
             * @description The year of openedOn (in Cambodia)
             * @example 2020
             */
            year: number;
        };
        CourtFileViewDto: {
            /**
             * Format: date-time
             * @description The instant the view is as of; null for the current state
             * @example null
             */
            asOf: string | null;
            deadlines: components["schemas"]["FileDeadlinesDto"];
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string;
            /**
             * @description The revision of the file; also the ETag
             * @example 5
             */
            revision: number;
            state: components["schemas"]["CourtFileStateDto"];
        };
        CourtVerdictDto: {
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus" | "unknown";
            /**
             * @example in_custody
             * @enum {string|null}
             */
            custody: "in_custody" | "at_liberty" | null;
            /**
             * Format: date
             * @example 2020-11-20
             */
            deliveredOn: string;
            fine: components["schemas"]["MoneyAmountDto"] | null;
            /**
             * @example imprisonment
             * @enum {string}
             */
            outcome: "imprisonment" | "suspended_sentence" | "fine" | "acquittal" | "deferral" | "released_on_bail";
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
            /** @example 60 */
            termMonths: number | null;
        };
        CourtVictimDto: {
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus" | "unknown";
            /**
             * Format: date
             * @description The date the age band is known at
             * @example 2020-03-16
             */
            ageBandOn: string;
            /** @example 31 */
            ageInYears: number | null;
            /**
             * Format: date
             * @description Only when the personal data was opened for the reader
             * @example null
             */
            birthDate: string | null;
            /**
             * Format: date
             * @description The date the person entered the file
             * @example 2020-03-21
             */
            enteredOn: string;
            /**
             * @example sexual_exploitation
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @description ISO 3166-1 alpha-3
             * @example KHM
             */
            nationality: string;
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
            /**
             * @example police
             * @enum {string}
             */
            source: "police" | "court";
        };
        CreateLocalUserDto: {
            /** @example Sokha Chan */
            name: string;
            /**
             * Format: password
             * @example a long passphrase of words
             */
            password: string;
            /**
             * @description Province codes, or ["*"] alone for a national user
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[];
            /**
             * @example police
             * @enum {string}
             */
            role: "police" | "prosecutor" | "judge" | "social_worker" | "partner_worker" | "border_official" | "auditor" | "statistician" | "admin";
            /**
             * @description Required for police: the unit the officer reports for
             * @example police-battambang
             */
            unit?: string;
            /**
             * @description The login name (lower-case)
             * @example sokha.chan
             */
            username: string;
        };
        DecideProsecutionDto: {
            /**
             * @example submitted_for_investigation
             * @enum {string}
             */
            action: "submitted_for_investigation" | "retained_without_processing" | "submitted_for_trial";
            /**
             * @description Immediate appearance only: the day the accused appeared (defaults to decidedOn)
             * @example 2020-03-18
             */
            appearedOn?: string;
            /** @example 2020-03-18 */
            decidedOn: string;
            /**
             * @description Only (and required) to retain without processing
             * @enum {string}
             */
            reason?: "no_offence_established" | "insufficient_evidence" | "perpetrator_unknown" | "time_barred" | "accused_deceased" | "not_expedient" | "other";
            /**
             * @description Only (and required) to submit for trial
             * @enum {string}
             */
            trialRoute?: "immediate_appearance" | "direct_summons";
        };
        DeliverVerdictDto: {
            /**
             * @description With imprisonment
             * @enum {string}
             */
            custody?: "in_custody" | "at_liberty";
            /** @example 2020-11-20 */
            deliveredOn: string;
            /** @description With a fine */
            fine?: components["schemas"]["MoneyAmountDto"];
            /**
             * @example imprisonment
             * @enum {string}
             */
            outcome: "imprisonment" | "suspended_sentence" | "fine" | "acquittal" | "deferral" | "released_on_bail";
            /**
             * @description With imprisonment and a suspended sentence
             * @example 84
             */
            termMonths?: number;
        };
        DetentionDeadlineDto: {
            /**
             * @description The article of the Code the limit comes from
             * @example Art. 208
             */
            article: string;
            /**
             * @description Negative once past the limit
             * @example 9
             */
            daysLeft: number;
            /** @example 2 */
            extensionsAllowed: number;
            /** @example 0 */
            extensionsGranted: number;
            /**
             * Format: date
             * @description When the detention runs out with the extensions granted so far
             * @example 2020-09-19
             */
            limitDate: string;
            /** @example pretrial-adult-felony */
            limitId: string;
            /**
             * Format: date
             * @description When it would run out with every extension the law allows
             * @example 2021-09-19
             */
            maximumLimitDate: string;
            /**
             * @example felony
             * @enum {string}
             */
            offenceClass: "felony" | "misdemeanour";
            /**
             * Format: date
             * @example 2020-03-19
             */
            orderedOn: string;
            /** @example false */
            pastLimit: boolean;
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
            /**
             * @description Whether the limit's numbers were verified
             * @example false
             */
            verified: boolean;
        };
        DetentionDeadlineItemDto: {
            /**
             * @description The article of the Code the limit comes from
             * @example Art. 208
             */
            article: string;
            /**
             * @example court-battambang
             * @enum {string}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
            /**
             * @description Negative once past the limit
             * @example 9
             */
            daysLeft: number;
            /** @example 2 */
            extensionsAllowed: number;
            /** @example 0 */
            extensionsGranted: number;
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string;
            /**
             * Format: date
             * @description When the detention runs out with the extensions granted so far
             * @example 2020-09-19
             */
            limitDate: string;
            /** @example pretrial-adult-felony */
            limitId: string;
            /**
             * Format: date
             * @description When it would run out with every extension the law allows
             * @example 2021-09-19
             */
            maximumLimitDate: string;
            /**
             * @example felony
             * @enum {string}
             */
            offenceClass: "felony" | "misdemeanour";
            /**
             * Format: date
             * @example 2020-03-19
             */
            orderedOn: string;
            /** @example false */
            pastLimit: boolean;
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @description Whether the limit's numbers were verified
             * @example false
             */
            verified: boolean;
        };
        DetentionDeadlineListDto: {
            courts: components["schemas"]["CourtDeadlineCountDto"][];
            /** @description Sorted by limit date */
            items: components["schemas"]["DetentionDeadlineItemDto"][];
            /**
             * Format: date
             * @description Today in Cambodia
             * @example 2020-09-10
             */
            on: string;
            /** @example 30 */
            withinDays: number;
        };
        DetentionExtensionDto: {
            /**
             * Format: date
             * @example 2020-09-01
             */
            extendedOn: string;
            /** @example 6 */
            months: number;
        };
        DetentionInForceDto: {
            /**
             * @description Negative once past the limit
             * @example 12
             */
            daysLeft: number | null;
            extensions: components["schemas"]["DetentionExtensionDto"][];
            /**
             * Format: date
             * @description Null when the detention was ordered after today
             * @example 2020-09-19
             */
            limitDate: string | null;
            /** @example pretrial-adult-felony */
            limitId: string;
            /**
             * @example felony
             * @enum {string}
             */
            offenceClass: "felony" | "misdemeanour";
            /**
             * Format: date
             * @example 2020-03-19
             */
            orderedOn: string;
            /** @example false */
            pastLimit: boolean;
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
        };
        DirectOriginDto: {
            /**
             * @example direct
             * @enum {string}
             */
            kind: "direct";
            /** @example BTB-CR-2020-031 */
            reference: string | null;
        };
        DurationChangeDto: {
            count: components["schemas"]["FigureChangeDto"];
            /**
             * @description Days; null when either year has no duration
             * @example -3
             */
            medianDays: number | null;
            /**
             * @description Days; null when either year has no duration
             * @example 10
             */
            p90Days: number | null;
        };
        DurationSummaryDto: {
            /**
             * @description Durations ending in the year
             * @example 12
             */
            count: number;
            /**
             * @description Nearest-rank median, days; null when count is 0
             * @example 9
             */
            medianDays: number | null;
            /**
             * @description Nearest-rank 90th percentile, days; null when count is 0
             * @example 31
             */
            p90Days: number | null;
        };
        EndPreTrialDetentionDto: {
            /** @example 2020-10-01 */
            endedOn: string;
            /**
             * @example release_order
             * @enum {string}
             */
            reason: "release_order" | "judicial_supervision" | "time_limit_reached" | "dismissal" | "first_instance_judgment" | "accused_deceased" | "other";
        };
        ExtendPreTrialDetentionDto: {
            /** @example 2020-09-01 */
            extendedOn: string;
            /**
             * @description Length of the extension; defaults to what the governing legal limit allows
             * @example 6
             */
            months?: number;
        };
        FieldProblem: {
            /** @example sex */
            field: string;
            /** @example sex must be one of the following values: F, M */
            message: string;
        };
        FigureChangeDto: {
            /**
             * @description current - previous
             * @example -14
             */
            absolute: number;
            /**
             * @description Percent, 2 decimals; null when the previous figure is 0
             * @example -8.28
             */
            percent: number | null;
        };
        FileCommandAcceptedDto: {
            /** @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c */
            fileId: string;
            /**
             * @description Revision of the file after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        FileCompensationClaimDto: {
            /**
             * Format: uuid
             * @description The court file of this system the claim is made in (the court's award then reaches the claim)
             */
            courtFileId?: string;
            /** @example 2020-06-01 */
            filedOn: string;
            /**
             * @description The organisation supporting the claim (legal aid); a partner worker: their own
             * @example ngo-aple
             * @enum {string}
             */
            supportingOrganisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
        };
        FileDeadlinesDto: {
            detentions: components["schemas"]["DetentionDeadlineDto"][];
            immediateAppearanceJudgment: components["schemas"]["JudgmentDeadlineDto"] | null;
            /**
             * Format: date
             * @description The date (in Cambodia) the deadlines are counted at: today, or the date of asOf
             * @example 2020-09-10
             */
            on: string;
        };
        FollowUpDueDto: {
            /**
             * Format: date
             * @example 2020-12-01
             */
            dueOn: string;
            /** @example social-worker-7 */
            followUpWorker: string;
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            integratedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-09-01
             */
            integratedOn: string;
            /** @example 3 */
            monthsAfterIntegration: number;
            /**
             * @description Not made, and due before today in Cambodia
             * @example true
             */
            overdue: boolean;
            /**
             * @description Where the person lives since the integration
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example null
             */
            visitedOn: string | null;
            /** @example 2 */
            visitNumber: number;
        };
        FollowUpsChangesDto: {
            persons: components["schemas"]["FigureChangeDto"];
            personsAdultFemale: components["schemas"]["FigureChangeDto"];
            personsAdultMale: components["schemas"]["FigureChangeDto"];
            personsMinorFemale: components["schemas"]["FigureChangeDto"];
            personsMinorMale: components["schemas"]["FigureChangeDto"];
            visits: components["schemas"]["FigureChangeDto"];
        };
        FollowUpsFiguresDto: {
            /** @example 0 */
            persons: number;
            /** @example 0 */
            personsAdultFemale: number;
            /** @example 0 */
            personsAdultMale: number;
            /** @example 0 */
            personsMinorFemale: number;
            /** @example 0 */
            personsMinorMale: number;
            /** @example 0 */
            visits: number;
        };
        FollowUpsRowDto: {
            change: components["schemas"]["FollowUpsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the year */
            current: components["schemas"]["FollowUpsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example outcome
             * @enum {string|null}
             */
            dimension: "outcome" | "visited_by" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["FollowUpsFiguresDto"];
        };
        FollowUpsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("outcome" | "visited_by")[];
            /** @description The figures of every row, in column order */
            figures: ("persons" | "personsAdultMale" | "personsAdultFemale" | "personsMinorMale" | "personsMinorFemale" | "visits")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (figures counted there), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per visit outcome and per kind of visiting organisation, then the total */
            rows: components["schemas"]["FollowUpsRowDto"][];
            /**
             * @example received
             * @enum {string}
             */
            table: "received" | "shelter_admissions" | "integrations" | "follow_ups";
            /** @example 2020 */
            year: number;
        };
        FollowUpVisitDto: {
            /**
             * @example stable
             * @enum {string}
             */
            outcome: "stable" | "needs_support" | "at_risk" | "not_found" | "moved_away";
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            visitedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-10-01
             */
            visitedOn: string;
            /** @example 1 */
            visitNumber: number;
        };
        ForeignNationalitiesDto: {
            /**
             * @description Foreign arrested suspects per ISO 3166-1 alpha-3 nationality
             * @example {
             *       "VNM": 2,
             *       "CHN": 1
             *     }
             */
            current: {
                [key: string]: number;
            };
            /**
             * @description Foreign arrested suspects per ISO 3166-1 alpha-3 nationality
             * @example {
             *       "VNM": 2,
             *       "CHN": 1
             *     }
             */
            previous: {
                [key: string]: number;
            };
        };
        ForgetPersonDto: {
            /**
             * @description Why the person is forgotten (kept in the audit trail); never the person's name
             * @example Erasure request 2021-014, approved by the data protection officer
             */
            reason: string;
        };
        ForwardToProsecutorDto: {
            /**
             * @description Province of the court of first instance
             * @example battambang
             * @enum {string}
             */
            court?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /** @example 2020-03-20 */
            forwardedOn: string;
        };
        HandOverVictimDto: {
            /**
             * @example social_affairs
             * @enum {string}
             */
            destination: "social_affairs" | "family" | "partner_organisation";
            /** @example 2020-03-16 */
            handedOverOn: string;
            /**
             * @description Receiving institution (not a person)
             * @example Battambang DoSVY
             */
            organisation?: string;
        };
        HistoryActorDto: {
            /** @example battambang */
            province?: string;
            /**
             * @description The role the user acted in, or `system` for a reactor
             * @example police
             */
            role: string;
            /** @example police-battambang */
            unit?: string;
            /**
             * @description Stable id of the user (the token subject)
             * @example officer-1
             */
            userId: string;
        };
        HistoryEntryDto: {
            actor: components["schemas"]["HistoryActorDto"];
            /** @example null */
            causationId: string | null;
            /**
             * @description The event's data, by event type. Any `personal` part is opened for roles that may see it (`{ fullName?, birthDate? }`, `{}` when nothing identifying was recorded), `{ restricted: true }` for the others, `{ forgotten: true }` once the person was forgotten.
             * @example {
             *       "caseId": "6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10",
             *       "province": "battambang"
             *     }
             */
            changes: {
                [key: string]: unknown;
            };
            /** @example 3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a */
            correlationId: string;
            /** @example 42 */
            globalPosition: number;
            /**
             * Format: date-time
             * @example 2020-03-14T02:00:00.000Z
             */
            occurredAt: string;
            /**
             * Format: date-time
             * @example 2020-03-14T02:00:01.000Z
             */
            recordedAt: string;
            /**
             * @description The event's position in its record (0-based)
             * @example 0
             */
            revision: number;
            /** @example 1 */
            schemaVersion: number;
            /**
             * @description The permanent event type
             * @example enforcement.PoliceCaseOpened
             */
            type: string;
        };
        IdentifySuspectDto: {
            /**
             * @description Age in whole years when identified; give this or birthDate
             * @example 31
             */
            ageAtIdentification?: number;
            /**
             * @description Give this or ageAtIdentification
             * @example 1990-05-01
             */
            birthDate?: string;
            /** @example 2020-03-15 */
            identifiedOn: string;
            /**
             * @description ISO 3166-1 alpha-3 nationality
             * @example KHM
             */
            nationality: string;
            personal?: components["schemas"]["PersonalDataDto"];
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        IntakeReceptionsChangesDto: {
            boys: components["schemas"]["FigureChangeDto"];
            females: components["schemas"]["FigureChangeDto"];
            girls: components["schemas"]["FigureChangeDto"];
            men: components["schemas"]["FigureChangeDto"];
            minors: components["schemas"]["FigureChangeDto"];
            persons: components["schemas"]["FigureChangeDto"];
            receptions: components["schemas"]["FigureChangeDto"];
            women: components["schemas"]["FigureChangeDto"];
        };
        IntakeReceptionsFiguresDto: {
            /** @example 0 */
            boys: number;
            /** @example 0 */
            females: number;
            /** @example 0 */
            girls: number;
            /** @example 0 */
            men: number;
            /** @example 0 */
            minors: number;
            /** @example 0 */
            persons: number;
            /** @example 0 */
            receptions: number;
            /** @example 0 */
            women: number;
        };
        IntakeReceptionsRowDto: {
            change: components["schemas"]["IntakeReceptionsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the period */
            current: components["schemas"]["IntakeReceptionsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example place
             * @enum {string|null}
             */
            dimension: "place" | "returned_by" | "received_by_kind" | "received_by" | "country_returned_from" | "reason" | "embassy_country_reason" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the same period a year before */
            previous: components["schemas"]["IntakeReceptionsFiguresDto"];
        };
        IntakeReceptionsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("place" | "returned_by" | "received_by_kind" | "received_by" | "country_returned_from" | "reason" | "embassy_country_reason")[];
            /** @description The figures of every row, in column order */
            figures: ("receptions" | "persons" | "men" | "women" | "boys" | "girls" | "females" | "minors")[];
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per place, who returned the people, kind of receiving unit, receiving unit, country returned from, reason, and the embassies' destination × motive (`THA:illegal_work`; `none` elsewhere), then the total */
            rows: components["schemas"]["IntakeReceptionsRowDto"][];
            /**
             * @example receptions
             * @enum {string}
             */
            table: "receptions";
            /** @example 2020 */
            year: number;
        };
        IntegratePersonDto: {
            /**
             * @description Who integrates the person: a department or a partner (a partner worker: their own); its follow-up schedule applies
             * @example dosvy-battambang
             * @enum {string}
             */
            integratedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /** @example 2020-09-01 */
            integratedOn: string;
            /**
             * @description Where the person now lives
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
        };
        IntegrationDurationChangesDto: {
            receptionToIntegration: components["schemas"]["DurationChangeDto"];
            rescueToIntegration: components["schemas"]["DurationChangeDto"];
        };
        IntegrationDurationsByMeasureDto: {
            receptionToIntegration: components["schemas"]["DurationSummaryDto"];
            rescueToIntegration: components["schemas"]["DurationSummaryDto"];
        };
        IntegrationDurationsDto: {
            /** @description The durations measured */
            measures: ("rescueToIntegration" | "receptionToIntegration")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per province of the integration, then the total over the same durations pooled */
            rows: components["schemas"]["IntegrationDurationsRowDto"][];
            /** @example 2020 */
            year: number;
        };
        IntegrationDurationsRowDto: {
            change: components["schemas"]["IntegrationDurationChangesDto"];
            /** @description Integrations of the year */
            current: components["schemas"]["IntegrationDurationsByMeasureDto"];
            /** @example Battambang */
            label: string;
            /**
             * @example province
             * @enum {string}
             */
            level: "province" | "total";
            /** @description Integrations of the year before */
            previous: components["schemas"]["IntegrationDurationsByMeasureDto"];
            /**
             * @description The integration's province; null on the total row
             * @example battambang
             */
            province: string | null;
        };
        IntegrationsChangesDto: {
            integrations: components["schemas"]["FigureChangeDto"];
            integrationsAdultFemale: components["schemas"]["FigureChangeDto"];
            integrationsAdultMale: components["schemas"]["FigureChangeDto"];
            integrationsMinorFemale: components["schemas"]["FigureChangeDto"];
            integrationsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        IntegrationsFiguresDto: {
            /** @example 0 */
            integrations: number;
            /** @example 0 */
            integrationsAdultFemale: number;
            /** @example 0 */
            integrationsAdultMale: number;
            /** @example 0 */
            integrationsMinorFemale: number;
            /** @example 0 */
            integrationsMinorMale: number;
        };
        IntegrationsRowDto: {
            change: components["schemas"]["IntegrationsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the year */
            current: components["schemas"]["IntegrationsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example integrated_by
             * @enum {string|null}
             */
            dimension: "integrated_by" | "exploitation_type" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["IntegrationsFiguresDto"];
        };
        IntegrationsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("integrated_by" | "exploitation_type")[];
            /** @description The figures of every row, in column order */
            figures: ("integrations" | "integrationsAdultMale" | "integrationsAdultFemale" | "integrationsMinorMale" | "integrationsMinorFemale")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (figures counted there), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per kind of integrating organisation and per exploitation type, then the total */
            rows: components["schemas"]["IntegrationsRowDto"][];
            /**
             * @example received
             * @enum {string}
             */
            table: "received" | "shelter_admissions" | "integrations" | "follow_ups";
            /** @example 2020 */
            year: number;
        };
        IntegrationSummaryDto: {
            /**
             * @description Months after the integration at which visits fall due
             * @example [
             *       1,
             *       3,
             *       6,
             *       12
             *     ]
             */
            followUpScheduleMonths: number[];
            /**
             * @description The user responsible for the visits
             * @example social-worker-7
             */
            followUpWorker: string;
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            integratedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-09-01
             */
            integratedOn: string;
            /**
             * @description Where the person lives since
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            visits: components["schemas"]["FollowUpVisitDto"][];
        };
        InvestigatingJudgesChangesDto: {
            accused: components["schemas"]["FigureChangeDto"];
            accusedAdultFemale: components["schemas"]["FigureChangeDto"];
            accusedAdultMale: components["schemas"]["FigureChangeDto"];
            accusedAgeUnknownFemale: components["schemas"]["FigureChangeDto"];
            accusedAgeUnknownMale: components["schemas"]["FigureChangeDto"];
            accusedMinorFemale: components["schemas"]["FigureChangeDto"];
            accusedMinorMale: components["schemas"]["FigureChangeDto"];
            cases: components["schemas"]["FigureChangeDto"];
            dismissed: components["schemas"]["FigureChangeDto"];
            inJail: components["schemas"]["FigureChangeDto"];
            inJailAdultFemale: components["schemas"]["FigureChangeDto"];
            inJailAdultMale: components["schemas"]["FigureChangeDto"];
            inJailAgeUnknownFemale: components["schemas"]["FigureChangeDto"];
            inJailAgeUnknownMale: components["schemas"]["FigureChangeDto"];
            inJailMinorFemale: components["schemas"]["FigureChangeDto"];
            inJailMinorMale: components["schemas"]["FigureChangeDto"];
            outOfJail: components["schemas"]["FigureChangeDto"];
            outOfJailAdultFemale: components["schemas"]["FigureChangeDto"];
            outOfJailAdultMale: components["schemas"]["FigureChangeDto"];
            outOfJailAgeUnknownFemale: components["schemas"]["FigureChangeDto"];
            outOfJailAgeUnknownMale: components["schemas"]["FigureChangeDto"];
            outOfJailMinorFemale: components["schemas"]["FigureChangeDto"];
            outOfJailMinorMale: components["schemas"]["FigureChangeDto"];
            processing: components["schemas"]["FigureChangeDto"];
            sentToTrial: components["schemas"]["FigureChangeDto"];
            victims: components["schemas"]["FigureChangeDto"];
            victimsAdultFemale: components["schemas"]["FigureChangeDto"];
            victimsAdultMale: components["schemas"]["FigureChangeDto"];
            victimsMinorFemale: components["schemas"]["FigureChangeDto"];
            victimsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        InvestigatingJudgesFiguresDto: {
            /** @example 0 */
            accused: number;
            /** @example 0 */
            accusedAdultFemale: number;
            /** @example 0 */
            accusedAdultMale: number;
            /** @example 0 */
            accusedAgeUnknownFemale: number;
            /** @example 0 */
            accusedAgeUnknownMale: number;
            /** @example 0 */
            accusedMinorFemale: number;
            /** @example 0 */
            accusedMinorMale: number;
            /** @example 0 */
            cases: number;
            /** @example 0 */
            dismissed: number;
            /** @example 0 */
            inJail: number;
            /** @example 0 */
            inJailAdultFemale: number;
            /** @example 0 */
            inJailAdultMale: number;
            /** @example 0 */
            inJailAgeUnknownFemale: number;
            /** @example 0 */
            inJailAgeUnknownMale: number;
            /** @example 0 */
            inJailMinorFemale: number;
            /** @example 0 */
            inJailMinorMale: number;
            /** @example 0 */
            outOfJail: number;
            /** @example 0 */
            outOfJailAdultFemale: number;
            /** @example 0 */
            outOfJailAdultMale: number;
            /** @example 0 */
            outOfJailAgeUnknownFemale: number;
            /** @example 0 */
            outOfJailAgeUnknownMale: number;
            /** @example 0 */
            outOfJailMinorFemale: number;
            /** @example 0 */
            outOfJailMinorMale: number;
            /** @example 0 */
            processing: number;
            /** @example 0 */
            sentToTrial: number;
            /** @example 0 */
            victims: number;
            /** @example 0 */
            victimsAdultFemale: number;
            /** @example 0 */
            victimsAdultMale: number;
            /** @example 0 */
            victimsMinorFemale: number;
            /** @example 0 */
            victimsMinorMale: number;
        };
        InvestigatingJudgesRowDto: {
            /**
             * @description Category of the files' principal offence; null on the total row
             * @example sexual_exploitation
             * @enum {string|null}
             */
            category: "trafficking" | "sexual_exploitation" | null;
            change: components["schemas"]["InvestigatingJudgesChangesDto"];
            /** @description Figures of the year */
            current: components["schemas"]["InvestigatingJudgesFiguresDto"];
            /** @example Sexual exploitation */
            label: string;
            /**
             * @example category
             * @enum {string}
             */
            level: "category" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["InvestigatingJudgesFiguresDto"];
        };
        InvestigatingJudgesTableDto: {
            /** @description The figures of every row, in column order */
            figures: ("cases" | "victims" | "victimsAdultMale" | "victimsAdultFemale" | "victimsMinorMale" | "victimsMinorFemale" | "accused" | "accusedAdultMale" | "accusedAdultFemale" | "accusedMinorMale" | "accusedMinorFemale" | "accusedAgeUnknownMale" | "accusedAgeUnknownFemale" | "inJail" | "inJailAdultMale" | "inJailAdultFemale" | "inJailMinorMale" | "inJailMinorFemale" | "inJailAgeUnknownMale" | "inJailAgeUnknownFemale" | "outOfJail" | "outOfJailAdultMale" | "outOfJailAdultFemale" | "outOfJailMinorMale" | "outOfJailMinorFemale" | "outOfJailAgeUnknownMale" | "outOfJailAgeUnknownFemale" | "sentToTrial" | "dismissed" | "processing")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (its court's files), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per offence category, then the total */
            rows: components["schemas"]["InvestigatingJudgesRowDto"][];
            /**
             * @example prosecution
             * @enum {string}
             */
            table: "prosecution" | "investigating_judges" | "trial";
            /** @example 2020 */
            year: number;
        };
        IssueClosingOrderDto: {
            /** @example 2020-10-05 */
            issuedOn: string;
            /**
             * @example sent_to_trial
             * @enum {string}
             */
            outcome: "sent_to_trial" | "dismissed";
        };
        JourneyDto: {
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            steps: components["schemas"]["JourneyStepDto"][];
        };
        JourneyStepDto: {
            /**
             * @example enforcement
             * @enum {string}
             */
            context: "enforcement" | "court" | "protection";
            /**
             * @description Codes and amounts that say what the step was; never a name
             * @example {
             *       "exploitationType": "sexual"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * Format: date
             * @example 2020-05-01
             */
            on: string;
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @description The police case, court file or protection case
             * @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10
             */
            recordId: string;
            /** @example 0 */
            revision: number;
            /**
             * @description rescued, referred_to_police, handed_over, case_forwarded_to_prosecutor, court_file_opened, added_to_court_file, verdict_delivered, compensation_awarded_by_court, received_by_social_affairs, consent_recorded, referred, shelter_admitted, shelter_departed, service_delivered, compensation_claim_filed, compensation_awarded, compensation_received, family_assessed, integrated, follow_up_visit, case_closed, case_reopened
             * @example rescued
             */
            step: string;
        };
        JudgmentDeadlineDto: {
            /**
             * Format: date
             * @example 2020-03-20
             */
            appearedOn: string;
            /** @example Art. 304 */
            article: string;
            /** @example 5 */
            daysLeft: number;
            /**
             * Format: date
             * @example 2020-04-03
             */
            dueBy: string;
            /**
             * @description Every charged accused has a final first-instance verdict
             * @example false
             */
            judged: boolean;
            /** @example false */
            pastLimit: boolean;
            /** @example false */
            verified: boolean;
        };
        JusticeFunnelCountsDto: {
            /** @example 0 */
            acquitted: number;
            /** @example 0 */
            charged: number;
            /** @example 0 */
            convicted: number;
            /** @example 0 */
            forwarded: number;
            /** @example 0 */
            judgmentPending: number;
            /** @example 0 */
            received: number;
            /** @example 0 */
            sentToTrial: number;
        };
        JusticeFunnelDto: {
            /**
             * Format: date
             * @description Steps reached by this day (included)
             * @example 2021-06-30
             */
            asOf: string;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per province of the police case, then the total */
            rows: components["schemas"]["JusticeFunnelRowDto"][];
            /** @description The steps, in funnel order */
            steps: ("forwarded" | "received" | "charged" | "sentToTrial" | "convicted" | "acquitted" | "judgmentPending")[];
            /** @example 2020 */
            year: number;
        };
        JusticeFunnelPercentsDto: {
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            acquitted: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            charged: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            convicted: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            forwarded: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            judgmentPending: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            received: number | null;
            /**
             * @description Percent of forwarded, 2 decimals; null when none was forwarded
             * @example 50
             */
            sentToTrial: number | null;
        };
        JusticeFunnelRowDto: {
            counts: components["schemas"]["JusticeFunnelCountsDto"];
            /** @example Battambang */
            label: string;
            /**
             * @example province
             * @enum {string}
             */
            level: "province" | "total";
            percentOfForwarded: components["schemas"]["JusticeFunnelPercentsDto"];
            /**
             * @description Null on the total row
             * @example battambang
             */
            province: string | null;
        };
        LawEnforcementChangesDto: {
            cases: components["schemas"]["FigureChangeDto"];
            suspectsArrested: components["schemas"]["FigureChangeDto"];
            suspectsFemale: components["schemas"]["FigureChangeDto"];
            suspectsForeign: components["schemas"]["FigureChangeDto"];
            suspectsMinor: components["schemas"]["FigureChangeDto"];
            victims: components["schemas"]["FigureChangeDto"];
            victims15To17: components["schemas"]["FigureChangeDto"];
            victims18Plus: components["schemas"]["FigureChangeDto"];
            victimsNotHandedOver: components["schemas"]["FigureChangeDto"];
            victimsToFamily: components["schemas"]["FigureChangeDto"];
            victimsToPartnerOrganisation: components["schemas"]["FigureChangeDto"];
            victimsToSocialAffairs: components["schemas"]["FigureChangeDto"];
            victimsUnder15: components["schemas"]["FigureChangeDto"];
        };
        LawEnforcementFiguresDto: {
            /** @example 0 */
            cases: number;
            /** @example 0 */
            suspectsArrested: number;
            /** @example 0 */
            suspectsFemale: number;
            /** @example 0 */
            suspectsForeign: number;
            /** @example 0 */
            suspectsMinor: number;
            /** @example 0 */
            victims: number;
            /** @example 0 */
            victims15To17: number;
            /** @example 0 */
            victims18Plus: number;
            /** @example 0 */
            victimsNotHandedOver: number;
            /** @example 0 */
            victimsToFamily: number;
            /** @example 0 */
            victimsToPartnerOrganisation: number;
            /** @example 0 */
            victimsToSocialAffairs: number;
            /** @example 0 */
            victimsUnder15: number;
        };
        LawEnforcementRowDto: {
            /**
             * @description Null on the total row
             * @example sexual_exploitation
             * @enum {string|null}
             */
            category: "trafficking" | "sexual_exploitation" | null;
            change: components["schemas"]["LawEnforcementChangesDto"];
            /** @description Figures of the year */
            current: components["schemas"]["LawEnforcementFiguresDto"];
            foreignNationalities: components["schemas"]["ForeignNationalitiesDto"];
            /** @example Procuring */
            label: string;
            /**
             * @example offence
             * @enum {string}
             */
            level: "offence" | "category" | "total";
            /**
             * @description Offence code on offence rows
             * @example procuring
             */
            offence: string | null;
            /** @description Figures of the year before */
            previous: components["schemas"]["LawEnforcementFiguresDto"];
        };
        LawEnforcementTableDto: {
            /** @description The figures of every row, in column order */
            figures: ("cases" | "victims" | "victimsUnder15" | "victims15To17" | "victims18Plus" | "victimsToSocialAffairs" | "victimsToFamily" | "victimsToPartnerOrganisation" | "victimsNotHandedOver" | "suspectsArrested" | "suspectsFemale" | "suspectsMinor" | "suspectsForeign")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Per category: one row per catalogue offence, then the category subtotal; last, the total */
            rows: components["schemas"]["LawEnforcementRowDto"][];
            /**
             * @description The unit asked for, else null
             * @example null
             */
            unitCode: string | null;
            /** @example 2020 */
            year: number;
        };
        LocalUserCreatedDto: {
            /**
             * @description The user id (the token subject)
             * @example 5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90
             */
            id: string;
        };
        LocalUserDto: {
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            createdAt: string;
            /** @example false */
            disabled: boolean;
            /**
             * @description The user id (the token subject)
             * @example 5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90
             */
            id: string;
            /**
             * Format: date-time
             * @description Locked after failed sign-ins until then
             * @example 2026-03-14T09:15:00.000Z
             */
            lockedUntil?: string;
            /** @example Sokha Chan */
            name: string;
            /**
             * @description Province codes, or ["*"] for a national user
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[];
            /**
             * @example police
             * @enum {string}
             */
            role: "police" | "prosecutor" | "judge" | "social_worker" | "partner_worker" | "border_official" | "auditor" | "statistician" | "admin";
            /** @example police-battambang */
            unit?: string;
            /**
             * Format: date-time
             * @example 2026-03-01T08:00:00.000Z
             */
            updatedAt: string;
            /** @example sokha.chan */
            username: string;
        };
        LocalUserListDto: {
            items: components["schemas"]["LocalUserDto"][];
        };
        LodgeAppealDto: {
            /**
             * @example prosecutor
             * @enum {string}
             */
            appellant: "accused" | "prosecutor" | "civil_party";
            /** @example 2020-12-01 */
            lodgedOn: string;
            /**
             * Format: uuid
             * @description The accused the appeal concerns (required when the accused appeals)
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId?: string;
        };
        MoneyAmountDto: {
            /**
             * @description In minor units of the currency (2000000 KHR minor units = 20,000.00 riel)
             * @example 2000000
             */
            amount: number;
            /**
             * @description ISO 4217 code with a minor unit
             * @example KHR
             */
            currency: string;
        };
        NewPasswordDto: {
            /**
             * Format: password
             * @example a long passphrase of words
             */
            password: string;
        };
        OpenCourtFileDto: {
            /**
             * @description The Court of First Instance (court-<province>); the file is in its province
             * @example court-battambang
             * @enum {string}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
            /**
             * @description Offence codes; the first is the principal offence
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * @description Date the file was opened (YYYY-MM-DD). From 2000-01-01 to today in Cambodia (UTC+7): a date out of range is refused by the domain with 422
             * @example 2020-03-14
             */
            openedOn: string;
            /**
             * @description The court's own file reference
             * @example BTB-CR-2020-031
             */
            reference?: string;
        };
        OpenPoliceCaseDto: {
            /**
             * @description Offence codes; the first is the principal offence
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * @description Date the case was opened (YYYY-MM-DD). From 2000-01-01 to today in Cambodia (UTC+7): a date out of range is refused by the domain with 422
             * @example 2020-03-14
             */
            openedOn: string;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @description The unit's own file reference
             * @example BTB-2020-031
             */
            reference?: string;
            unit: components["schemas"]["PoliceUnitDto"];
        };
        OrderPreTrialDetentionDto: {
            /**
             * @description Chooses the legal time limit, with the accused's age
             * @example felony
             * @enum {string}
             */
            offenceClass: "felony" | "misdemeanour";
            /** @example 2020-03-19 */
            orderedOn: string;
        };
        OutcomeProsecutionDecisionDto: {
            /**
             * @example submitted_for_investigation
             * @enum {string}
             */
            action: "submitted_for_investigation" | "retained_without_processing" | "submitted_for_trial";
            /**
             * Format: date
             * @example 2020-03-25
             */
            decidedOn: string;
        };
        OverdueCountDto: {
            /** @example 1 */
            overdue: number;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /** @example social-worker-7 */
            worker: string;
        };
        OverdueFollowUpDto: {
            /**
             * @description The case's province
             * @example battambang
             * @enum {string}
             */
            caseProvince: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /** @example 12 */
            daysOverdue: number;
            /**
             * Format: date
             * @example 2020-12-01
             */
            dueOn: string;
            /** @example social-worker-7 */
            followUpWorker: string;
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            integratedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-09-01
             */
            integratedOn: string;
            /** @example 3 */
            monthsAfterIntegration: number;
            /**
             * @description Not made, and due before today in Cambodia
             * @example true
             */
            overdue: boolean;
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @description Where the person lives since the integration
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example null
             */
            visitedOn: string | null;
            /** @example 2 */
            visitNumber: number;
        };
        OverdueFollowUpListDto: {
            items: components["schemas"]["OverdueFollowUpDto"][];
            /**
             * Format: date
             * @example 2021-01-10
             */
            on: string;
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
            /** @description Per worker and province (where the person lives) */
            workers: components["schemas"]["OverdueCountDto"][];
        };
        PersonAcceptedDto: {
            /** @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c */
            fileId: string;
            /**
             * @description The new person id (server-generated UUID v4)
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
            /**
             * @description Revision of the file after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
        };
        PersonalDataDto: {
            /** @example Sok Dara (synthetic) */
            fullName?: string;
        };
        PersonCountsDto: {
            /**
             * @description Boys (under 18)
             * @example 6
             */
            boys: number;
            /**
             * @description Girls (under 18)
             * @example 4
             */
            girls: number;
            /**
             * @description Men (18 and over)
             * @example 120
             */
            men: number;
            /**
             * @description Women (18 and over)
             * @example 85
             */
            women: number;
        };
        PersonForgottenDto: {
            /** @example 2021-03-02T04:05:06.000Z */
            forgottenAt: string;
            /** @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f */
            personId: string;
        };
        PlaceUnderJudicialSupervisionDto: {
            /** @example 2020-03-19 */
            orderedOn: string;
        };
        PoliceCaseHistoryDto: {
            /**
             * Format: uuid
             * @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10
             */
            caseId: string;
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
        };
        PoliceCaseListPageDto: {
            items: components["schemas"]["PoliceCaseSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        PoliceCaseOutcomeDto: {
            /** @example 1 */
            accused: number;
            /** @example 1 */
            charged: number;
            /**
             * @example [
             *       "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
             *     ]
             */
            chargedPersonIds: string[];
            closingOrder: components["schemas"]["ClosingOrderDto"] | null;
            /**
             * @example court-battambang
             * @enum {string}
             */
            court: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            fileId: string;
            /**
             * @example true
             * @enum {boolean}
             */
            hasCourtFile: true;
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            policeCaseId: string;
            prosecutionDecision: components["schemas"]["OutcomeProsecutionDecisionDto"] | null;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example 2020-03-21
             */
            receivedOn: string;
            /**
             * @example trial
             * @enum {string}
             */
            stage: "prosecution" | "investigation" | "trial" | "retained_without_processing" | "dismissed";
            verdicts: components["schemas"]["VerdictOutcomeDto"][];
        };
        PoliceCaseStateDto: {
            /**
             * Format: uuid
             * @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10
             */
            caseId: string | null;
            /**
             * Format: date
             * @example null
             */
            closedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            closureReason: "no_offence_established" | "insufficient_evidence" | "suspects_not_found" | "merged_with_other_case" | "transferred_to_other_unit" | "recorded_in_error" | "other" | null;
            /**
             * @description The court the case was forwarded to
             * @example court-battambang
             */
            court: string | null;
            /**
             * Format: date
             * @example 2020-03-21
             */
            forwardedOn: string | null;
            /**
             * @example [
             *       "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
             *     ]
             */
            forwardedSuspectIds: string[];
            /**
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * Format: date
             * @example 2020-03-14
             */
            openedOn: string | null;
            /**
             * @example battambang
             * @enum {string|null}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum" | null;
            /** @example BTB-2020-031 */
            reference: string | null;
            /**
             * Format: date
             * @example null
             */
            reopenedOn: string | null;
            /**
             * @example forwarded
             * @enum {string}
             */
            status: "not_opened" | "open" | "forwarded" | "closed";
            /** @description By suspect id */
            suspects: {
                [key: string]: components["schemas"]["PoliceSuspectDto"];
            };
            unit: components["schemas"]["PoliceUnitRefDto"] | null;
            /** @description By victim id */
            victims: {
                [key: string]: components["schemas"]["PoliceVictimDto"];
            };
        };
        PoliceCaseSummaryDto: {
            /**
             * @description Pseudonymous ids of suspects arrested at least once
             * @example [
             *       "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
             *     ]
             */
            arrestedSuspectIds: string[];
            /**
             * Format: uuid
             * @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10
             */
            caseId: string;
            /**
             * Format: date-time
             * @example 2020-03-21T02:10:00.000Z
             */
            lastChangedAt: string;
            /**
             * @example [
             *       "trafficking_in_persons_with_purpose"
             *     ]
             */
            offences: ("unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15")[];
            /**
             * Format: date
             * @example 2020-03-14
             */
            openedOn: string;
            /**
             * @description The first offence
             * @example trafficking_in_persons_with_purpose
             * @enum {string}
             */
            principalOffence: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /** @example BTB-2020-031 */
            reference: string | null;
            /** @example 9 */
            revision: number;
            /**
             * @example forwarded
             * @enum {string}
             */
            status: "open" | "forwarded" | "closed";
            /** @example 2 */
            suspects: number;
            /** @example police-battambang */
            unitCode: string;
            /**
             * @example provincial_police
             * @enum {string}
             */
            unitType: "ahtjp_department" | "provincial_police" | "gendarmerie" | "anti_cyber_crime";
            /** @example 3 */
            victims: number;
            /** @example 3 */
            victimsHandedOver: number;
            /**
             * @description The year of openedOn
             * @example 2020
             */
            year: number;
        };
        PoliceCaseViewDto: {
            /**
             * Format: date-time
             * @description The instant the view is as of; null for the current state
             * @example null
             */
            asOf: string | null;
            /**
             * Format: uuid
             * @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10
             */
            caseId: string;
            /**
             * @description The revision of the case (0 when just opened); also the ETag
             * @example 9
             */
            revision: number;
            state: components["schemas"]["PoliceCaseStateDto"];
        };
        PoliceHandOverDto: {
            /**
             * @example social_affairs
             * @enum {string}
             */
            destination: "social_affairs" | "family" | "partner_organisation";
            /**
             * Format: date
             * @example 2020-03-17
             */
            handedOverOn: string;
            /** @example Battambang DoSVY */
            organisation: string | null;
        };
        PoliceOriginDto: {
            /**
             * Format: date
             * @example 2020-03-21
             */
            forwardedOn: string;
            /** @example police-battambang */
            forwardingUnit: string;
            /**
             * @example police
             * @enum {string}
             */
            kind: "police";
            /**
             * Format: uuid
             * @example 3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c
             */
            policeCaseId: string;
        };
        PoliceReceptionsChangesDto: {
            females: components["schemas"]["FigureChangeDto"];
            minors: components["schemas"]["FigureChangeDto"];
            persons: components["schemas"]["FigureChangeDto"];
            receptions: components["schemas"]["FigureChangeDto"];
        };
        PoliceReceptionsFiguresDto: {
            /** @example 0 */
            females: number;
            /** @example 0 */
            minors: number;
            /** @example 0 */
            persons: number;
            /** @example 0 */
            receptions: number;
        };
        PoliceReceptionsRowDto: {
            change: components["schemas"]["PoliceReceptionsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the period */
            current: components["schemas"]["PoliceReceptionsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example province
             * @enum {string|null}
             */
            dimension: "province" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the same period a year before */
            previous: components["schemas"]["PoliceReceptionsFiguresDto"];
        };
        PoliceReceptionsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: "province"[];
            /** @description The figures of every row, in column order */
            figures: ("receptions" | "persons" | "females" | "minors")[];
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per province covered, then the total */
            rows: components["schemas"]["PoliceReceptionsRowDto"][];
            /**
             * @example police_receptions
             * @enum {string}
             */
            table: "police_receptions";
            /** @example 2020 */
            year: number;
        };
        PoliceSuspectDto: {
            /** @example 31 */
            ageAtIdentification: number | null;
            /**
             * @description Age band at the latest arrest
             * @example 18_plus
             * @enum {string|null}
             */
            ageBandAtArrest: "under_15" | "15_17" | "18_plus" | "unknown" | null;
            /**
             * @example 18_plus
             * @enum {string}
             */
            ageBandAtIdentification: "under_15" | "15_17" | "18_plus";
            /**
             * Format: date
             * @description The latest arrest
             * @example 2020-03-16
             */
            arrestedOn: string | null;
            /**
             * Format: date
             * @description Only when the personal data was opened for the reader
             * @example null
             */
            birthDate: string | null;
            /**
             * Format: date
             * @example 2020-03-15
             */
            identifiedOn: string;
            /**
             * @description ISO 3166-1 alpha-3
             * @example KHM
             */
            nationality: string;
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /**
             * Format: date
             * @example null
             */
            releasedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            releaseReason: "insufficient_evidence" | "not_involved" | "detention_time_limit" | "other" | null;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
            /**
             * @example arrested
             * @enum {string}
             */
            status: "identified" | "arrested" | "released";
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            suspectId: string;
        };
        PoliceUnitDto: {
            /**
             * @description Unit code from the reference list
             * @example police-battambang
             */
            code: string;
            /**
             * @example provincial_police
             * @enum {string}
             */
            type: "ahtjp_department" | "provincial_police" | "gendarmerie" | "anti_cyber_crime";
        };
        PoliceUnitRefDto: {
            /** @example police-battambang */
            code: string;
            /**
             * @example provincial_police
             * @enum {string}
             */
            type: "ahtjp_department" | "provincial_police" | "gendarmerie" | "anti_cyber_crime";
        };
        PoliceVictimDto: {
            /** @example 14 */
            ageAtRescue: number | null;
            /**
             * @example under_15
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /**
             * Format: date
             * @description Only when the personal data was opened for the reader
             * @example null
             */
            birthDate: string | null;
            /**
             * @example sexual_exploitation
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            handedOver: components["schemas"]["PoliceHandOverDto"] | null;
            /**
             * @description ISO 3166-1 alpha-3
             * @example KHM
             */
            nationality: string;
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /** @description A person screened at a border or an embassy and referred to the police (not a rescue); null for a rescue */
            referral: components["schemas"]["PoliceVictimReferralDto"] | null;
            /**
             * Format: date
             * @description The rescue; for a person referred by intake, the screening
             * @example 2020-03-15
             */
            rescuedOn: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
            /**
             * Format: uuid
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            victimId: string;
        };
        PoliceVictimReferralDto: {
            /**
             * Format: date
             * @example 2020-03-04
             */
            referredOn: string;
            /**
             * @description The intake place (airport, checkpoint, embassy) the person was screened at
             * @example poipet
             */
            screenedAt: string;
        };
        Problem: {
            /** @example SUSPECT_NOT_IDENTIFIED */
            code?: string;
            /** @example Suspect s-1 has not been identified in this case */
            detail?: string;
            errors?: components["schemas"]["FieldProblem"][];
            /** @example 409 */
            status: number;
            /** @example Conflict */
            title: string;
            /** @example https://casetrail.dev/problems/rule-violation */
            type: string;
        };
        ProsecutionChangesDto: {
            cases: components["schemas"]["FigureChangeDto"];
            chargedAdultFemale: components["schemas"]["FigureChangeDto"];
            chargedAdultMale: components["schemas"]["FigureChangeDto"];
            chargedAgeUnknownFemale: components["schemas"]["FigureChangeDto"];
            chargedAgeUnknownMale: components["schemas"]["FigureChangeDto"];
            chargedMinorFemale: components["schemas"]["FigureChangeDto"];
            chargedMinorMale: components["schemas"]["FigureChangeDto"];
            chargedPersons: components["schemas"]["FigureChangeDto"];
            processing: components["schemas"]["FigureChangeDto"];
            retainedWithoutProcessing: components["schemas"]["FigureChangeDto"];
            submittedForInvestigation: components["schemas"]["FigureChangeDto"];
            submittedForTrial: components["schemas"]["FigureChangeDto"];
            victims: components["schemas"]["FigureChangeDto"];
            victimsAdultFemale: components["schemas"]["FigureChangeDto"];
            victimsAdultMale: components["schemas"]["FigureChangeDto"];
            victimsMinorFemale: components["schemas"]["FigureChangeDto"];
            victimsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        ProsecutionDecisionDto: {
            /**
             * @example submitted_for_investigation
             * @enum {string}
             */
            action: "submitted_for_investigation" | "retained_without_processing" | "submitted_for_trial";
            /**
             * Format: date
             * @description The appearance, for a trial by immediate appearance
             * @example null
             */
            appearedOn: string | null;
            /**
             * Format: date
             * @example 2020-03-18
             */
            decidedOn: string;
            /**
             * @example null
             * @enum {string|null}
             */
            reason: "no_offence_established" | "insufficient_evidence" | "perpetrator_unknown" | "time_barred" | "accused_deceased" | "not_expedient" | "other" | null;
            /**
             * @example null
             * @enum {string|null}
             */
            trialRoute: "immediate_appearance" | "direct_summons" | null;
        };
        ProsecutionFiguresDto: {
            /** @example 0 */
            cases: number;
            /** @example 0 */
            chargedAdultFemale: number;
            /** @example 0 */
            chargedAdultMale: number;
            /** @example 0 */
            chargedAgeUnknownFemale: number;
            /** @example 0 */
            chargedAgeUnknownMale: number;
            /** @example 0 */
            chargedMinorFemale: number;
            /** @example 0 */
            chargedMinorMale: number;
            /** @example 0 */
            chargedPersons: number;
            /** @example 0 */
            processing: number;
            /** @example 0 */
            retainedWithoutProcessing: number;
            /** @example 0 */
            submittedForInvestigation: number;
            /** @example 0 */
            submittedForTrial: number;
            /** @example 0 */
            victims: number;
            /** @example 0 */
            victimsAdultFemale: number;
            /** @example 0 */
            victimsAdultMale: number;
            /** @example 0 */
            victimsMinorFemale: number;
            /** @example 0 */
            victimsMinorMale: number;
        };
        ProsecutionRowDto: {
            /**
             * @description Category of the files' principal offence; null on the total row
             * @example sexual_exploitation
             * @enum {string|null}
             */
            category: "trafficking" | "sexual_exploitation" | null;
            change: components["schemas"]["ProsecutionChangesDto"];
            /** @description Figures of the year */
            current: components["schemas"]["ProsecutionFiguresDto"];
            /** @example Sexual exploitation */
            label: string;
            /**
             * @example category
             * @enum {string}
             */
            level: "category" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["ProsecutionFiguresDto"];
        };
        ProsecutionTableDto: {
            /** @description The figures of every row, in column order */
            figures: ("cases" | "victims" | "victimsAdultMale" | "victimsAdultFemale" | "victimsMinorMale" | "victimsMinorFemale" | "chargedPersons" | "chargedAdultMale" | "chargedAdultFemale" | "chargedMinorMale" | "chargedMinorFemale" | "chargedAgeUnknownMale" | "chargedAgeUnknownFemale" | "submittedForInvestigation" | "retainedWithoutProcessing" | "submittedForTrial" | "processing")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (its court's files), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per offence category, then the total */
            rows: components["schemas"]["ProsecutionRowDto"][];
            /**
             * @example prosecution
             * @enum {string}
             */
            table: "prosecution" | "investigating_judges" | "trial";
            /** @example 2020 */
            year: number;
        };
        ProtectedPersonDto: {
            /**
             * @example 15_17
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /**
             * Format: date
             * @example 2020-05-01
             */
            ageBandOn: string;
            /** @example 16 */
            ageInYears: number | null;
            /**
             * Format: date
             * @description Only for readers who see the personal data
             * @example null
             */
            birthDate: string | null;
            /** @example KHM */
            nationality: string;
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        ProtectionCaseHistoryDto: {
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
        };
        ProtectionCasePageDto: {
            items: components["schemas"]["ProtectionCaseSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        ProtectionCaseStateDto: {
            /**
             * @example police_hand_over
             * @enum {string}
             */
            channel: "police_hand_over" | "overseas_authorities" | "judicial_police" | "ngo_referral" | "court" | "self_referred" | "other" | "border_screening";
            /** @description Claims by claim id: supporting organisation, filing, award (amount in minor units, currency, source), receipts and the sum received */
            claims: {
                [key: string]: unknown;
            };
            consent: components["schemas"]["ConsentViewDto"] | null;
            /** @description Family assessments in order: assessedOn, outcome, assessedBy */
            familyAssessments: {
                [key: string]: unknown;
            }[];
            /** @description Integrations in order, each with its schedule and visits */
            integrations: {
                [key: string]: unknown;
            }[];
            person: components["schemas"]["ProtectedPersonDto"];
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            receivedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-05-04
             */
            receivedOn: string;
            /** @description Referrals in order: organisation, referredOn, purpose */
            referrals: {
                [key: string]: unknown;
            }[];
            services: components["schemas"]["ServiceViewDto"][];
            shelterStays: components["schemas"]["ShelterStayDto"][];
            /**
             * @example open
             * @enum {string}
             */
            stage: "not_opened" | "open" | "integrated" | "closed";
        };
        ProtectionCaseSummaryDto: {
            /**
             * @example 15_17
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /** @example 1 */
            awards: number;
            /**
             * @example police_hand_over
             * @enum {string}
             */
            channel: "police_hand_over" | "overseas_authorities" | "judicial_police" | "ngo_referral" | "court" | "self_referred" | "other" | "border_screening";
            /** @example 1 */
            claims: number;
            /**
             * Format: date
             * @example null
             */
            closedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            closureReason: "follow_up_completed" | "transferred" | "declined_services" | "lost_contact" | "deceased" | "recorded_in_error" | "other" | null;
            /** @example true */
            consentRecorded: boolean;
            /** @example null */
            countryReturnedFrom: string | null;
            /** @example null */
            entryPoint: string | null;
            /**
             * @example sexual
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @example suitable
             * @enum {string|null}
             */
            familyAssessment: "suitable" | "suitable_with_support" | "not_suitable" | null;
            /**
             * @description The organisation whose shelter the person is in now
             * @example null
             * @enum {string|null}
             */
            inShelter: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu" | null;
            integration: components["schemas"]["IntegrationSummaryDto"] | null;
            /**
             * Format: date-time
             * @example 2020-09-01T02:10:00.000Z
             */
            lastChangedAt: string;
            /**
             * Format: uuid
             * @description The person id (the case id)
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * Format: uuid
             * @example null
             */
            policeCaseId: string | null;
            /**
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            receivedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: date
             * @example 2020-05-04
             */
            receivedOn: string;
            /**
             * @example [
             *       "ngo-aple"
             *     ]
             */
            referredTo: ("mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu")[];
            /** @example 5 */
            revision: number;
            /** @example 2 */
            services: number;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
            /** @example 1 */
            shelterAdmissions: number;
            /**
             * @example open
             * @enum {string}
             */
            status: "open" | "integrated" | "closed";
            /**
             * @example null
             * @enum {string|null}
             */
            statusBeforeClosing: "open" | "integrated" | null;
            /** @example 2020 */
            year: number;
        };
        ProtectionCaseViewDto: {
            /**
             * Format: date-time
             * @example null
             */
            asOf: string | null;
            followUps: components["schemas"]["CaseFollowUpsDto"];
            /**
             * Format: uuid
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /** @example 7 */
            revision: number;
            state: components["schemas"]["ProtectionCaseStateDto"];
        };
        ReceivedChangesDto: {
            persons: components["schemas"]["FigureChangeDto"];
            personsAdultFemale: components["schemas"]["FigureChangeDto"];
            personsAdultMale: components["schemas"]["FigureChangeDto"];
            personsMinorFemale: components["schemas"]["FigureChangeDto"];
            personsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        ReceivedFiguresDto: {
            /** @example 0 */
            persons: number;
            /** @example 0 */
            personsAdultFemale: number;
            /** @example 0 */
            personsAdultMale: number;
            /** @example 0 */
            personsMinorFemale: number;
            /** @example 0 */
            personsMinorMale: number;
        };
        ReceivedRowDto: {
            change: components["schemas"]["ReceivedChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the year */
            current: components["schemas"]["ReceivedFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example channel
             * @enum {string|null}
             */
            dimension: "channel" | "entry_point" | "country_returned_from" | "exploitation_type" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["ReceivedFiguresDto"];
        };
        ReceivedTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("channel" | "entry_point" | "country_returned_from" | "exploitation_type")[];
            /** @description The figures of every row, in column order */
            figures: ("persons" | "personsAdultMale" | "personsAdultFemale" | "personsMinorMale" | "personsMinorFemale")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (figures counted there), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per channel, entry point, country returned from and exploitation type, then the total */
            rows: components["schemas"]["ReceivedRowDto"][];
            /**
             * @example received
             * @enum {string}
             */
            table: "received" | "shelter_admissions" | "integrations" | "follow_ups";
            /** @example 2020 */
            year: number;
        };
        ReceptionCommandAcceptedDto: {
            /**
             * Format: uuid
             * @description The reception id: the name-based UUID (v5) of its place and reference
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /**
             * @description Revision of the reception after the command; send it as If-Match next time
             * @example 0
             */
            revision: number;
        };
        ReceptionFiguresViewDto: {
            /**
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            counts: components["schemas"]["PersonCountsDto"];
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @description The place's province (the reception's scope)
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example illegal_work
             * @enum {string}
             */
            reason: "illegal_work" | "illegal_border_crossing" | "suspected_trafficking" | "workload" | "other";
            /**
             * @example police-commissariat-banteay-meanchey
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-02
             */
            receivedOn: string;
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            returnedBy: "foreign_authorities" | "embassy" | "self" | "family" | "other";
        };
        ReceptionHistoryDto: {
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
        };
        ReceptionPageDto: {
            items: components["schemas"]["ReceptionSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        ReceptionStateDto: {
            corrections: components["schemas"]["CorrectionViewDto"][];
            /** @description As they stand: the latest correction, else as recorded */
            figures: components["schemas"]["ReceptionFiguresViewDto"];
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /** @description As first recorded */
            recordedFigures: components["schemas"]["ReceptionFiguresViewDto"];
            /** @example 2020-0412 */
            reference: string;
            /**
             * @example recorded
             * @enum {string}
             */
            status: "not_recorded" | "recorded" | "withdrawn";
            withdrawal: components["schemas"]["WithdrawalViewDto"] | null;
        };
        ReceptionSummaryDto: {
            /** @example 0 */
            corrections: number;
            /**
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            counts: components["schemas"]["PersonCountsDto"];
            /**
             * Format: date-time
             * @example 2020-04-02T03:10:00.000Z
             */
            lastChangedAt: string;
            /** @example 4 */
            month: number;
            /**
             * @description Men, women, boys and girls together
             * @example 215
             */
            persons: number;
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @description The place's province (the reception's scope)
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example illegal_work
             * @enum {string}
             */
            reason: "illegal_work" | "illegal_border_crossing" | "suspected_trafficking" | "workload" | "other";
            /**
             * @example police-commissariat-banteay-meanchey
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-02
             */
            receivedOn: string;
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /** @example 2020-0412 */
            reference: string;
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            returnedBy: "foreign_authorities" | "embassy" | "self" | "family" | "other";
            /** @example 0 */
            revision: number;
            /**
             * @example recorded
             * @enum {string}
             */
            status: "recorded" | "withdrawn";
            /** @example 2020 */
            year: number;
        };
        ReceptionViewDto: {
            /**
             * Format: date-time
             * @example null
             */
            asOf: string | null;
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /** @example 1 */
            revision: number;
            state: components["schemas"]["ReceptionStateDto"];
        };
        RecordAppealDecisionDto: {
            /** @example 2021-03-01 */
            decidedOn: string;
            /**
             * @example upheld
             * @enum {string}
             */
            decision: "upheld" | "overturned" | "modified";
        };
        RecordBodyReceivedDto: {
            /**
             * @example foreign_authorities
             * @enum {string}
             */
            broughtBy: "foreign_authorities" | "family" | "other";
            /**
             * @description The cause of death as reported by who brought the body
             * @example disease
             * @enum {string}
             */
            cause: "disease" | "accident" | "other";
            /**
             * @description ISO 3166-1 alpha-3 of the country of death
             * @example THA
             * @enum {string}
             */
            countryOfDeath: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description Where the body was received; its province is the record's scope
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /** @example 2020-06-11 */
            receivedOn: string;
            /**
             * @description The receiving unit's own reference of the body (its list's row number), unique at the place: the same place and reference is the same body (409 the second time)
             * @example 2020-0412
             */
            reference: string;
            /**
             * @example M
             * @enum {string}
             */
            sex: "F" | "M";
        };
        RecordCompensationAwardDto: {
            /**
             * @description In minor units of the currency (250000 USD minor units = US$2,500.00)
             * @example 250000
             */
            amount: number;
            /** @example 2020-11-20 */
            awardedOn: string;
            /**
             * @description ISO 4217 code with a minor unit; never converted
             * @example USD
             */
            currency: string;
        };
        RecordCompensationReceivedDto: {
            /**
             * @description In minor units of the currency (250000 USD minor units = US$2,500.00)
             * @example 100000
             */
            amount: number;
            /**
             * @description ISO 4217 code with a minor unit; never converted
             * @example USD
             */
            currency: string;
            /**
             * @description A part or all of the award, in its currency; never more than is left
             * @example 2020-12-15
             */
            receivedOn: string;
        };
        RecordConsentDto: {
            /**
             * @description The person, or a guardian for a child
             * @example guardian
             * @enum {string}
             */
            givenBy: "person" | "guardian";
            /** @example 2020-05-06 */
            recordedOn: string;
            /** @description What the person agreed to share, with whom, replacing any earlier consent. [] is a refusal: the person keeps every service; partners never see the personal data */
            sharing: components["schemas"]["ConsentToShareDto"][];
        };
        RecordFollowUpVisitDto: {
            /**
             * @example stable
             * @enum {string}
             */
            outcome: "stable" | "needs_support" | "at_risk" | "not_found" | "moved_away";
            /**
             * @description Who visited; a partner worker: their own organisation
             * @example dosvy-battambang
             * @enum {string}
             */
            visitedBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /** @example 2020-10-01 */
            visitedOn: string;
        };
        RecordReceptionDto: {
            /**
             * @description ISO 3166-1 alpha-3 of the country returned from (an embassy's own country)
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /** @description At least one person in all */
            counts: components["schemas"]["PersonCountsDto"];
            /**
             * @description The airport, land checkpoint or embassy (`embassy-<country>`); its province is the reception's scope
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example illegal_work
             * @enum {string}
             */
            reason: "illegal_work" | "illegal_border_crossing" | "suspected_trafficking" | "workload" | "other";
            /**
             * @description The receiving unit
             * @example police-commissariat-banteay-meanchey
             * @enum {string}
             */
            receivedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * @description The day the people were received (YYYY-MM-DD)
             * @example 2020-04-02
             */
            receivedOn: string;
            /**
             * @description The receiving unit's own reference of the reception (its list's row number), unique at the place: the same place and reference is the same reception (409 the second time)
             * @example 2020-0412
             */
            reference: string;
            /**
             * @description Who returned the people (an embassy place: embassy, foreign_authorities or other)
             * @example foreign_authorities
             * @enum {string}
             */
            returnedBy: "foreign_authorities" | "embassy" | "self" | "family" | "other";
        };
        RecordServiceDto: {
            /** @example 2020-05-20 */
            deliveredOn: string;
            /**
             * @description Who delivered it; a partner worker: their own organisation
             * @example ngo-aple
             * @enum {string}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example psychosocial
             * @enum {string}
             */
            service: "medical" | "psychosocial" | "legal_aid" | "education" | "vocational_training" | "family_tracing" | "repatriation_support";
        };
        RecordShelterDepartureDto: {
            /** @example 2020-08-30 */
            departedOn: string;
            /**
             * @example returned_to_family
             * @enum {string}
             */
            reason: "integrated" | "transferred" | "returned_to_family" | "left_of_own_will" | "repatriated" | "deceased" | "other";
        };
        ReferCaseDto: {
            /**
             * @description The organisation the case is referred to (its partner workers may then read it)
             * @example ngo-aple
             * @enum {string}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example shelter
             * @enum {string}
             */
            purpose: "case_management" | "shelter" | "services" | "legal_aid" | "reintegration" | "follow_up";
            /** @example 2020-05-06 */
            referredOn: string;
        };
        ReferPersonDto: {
            /**
             * @description police (policeUnit, and policeCaseId or suspectedOffence), social_affairs (organisation mosvy or dosvy-<province>), partner_organisation (organisation ngo-…) or family (nothing else; the only one for not_identified)
             * @example partner_organisation
             * @enum {string}
             */
            destination: "police" | "social_affairs" | "partner_organisation" | "family";
            /**
             * @description social_affairs and partner_organisation only: the organisation that opens a protection case
             * @example ngo-ijm
             * @enum {string}
             */
            organisation?: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * Format: uuid
             * @description police only: the police case to add the person to (else a case is opened for suspectedOffence)
             */
            policeCaseId?: string;
            /**
             * @description police only: the receiving police unit
             * @example police-banteay-meanchey
             * @enum {string}
             */
            policeUnit?: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum";
            /**
             * @description Not before the screening
             * @example 2020-04-03
             */
            referredOn: string;
            /**
             * @description police without policeCaseId: the offence the case is opened for
             * @example unlawful_recruitment_for_exploitation
             * @enum {string}
             */
            suspectedOffence?: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
        };
        ReferralChainChangesDto: {
            becamePoliceVictims: components["schemas"]["FigureChangeDto"];
            policeRescues: components["schemas"]["FigureChangeDto"];
            protectionCasesOpened: components["schemas"]["FigureChangeDto"];
            referredToPolice: components["schemas"]["FigureChangeDto"];
            referredToProtection: components["schemas"]["FigureChangeDto"];
            rescuedAfterScreening: components["schemas"]["FigureChangeDto"];
        };
        ReferralChainFiguresDto: {
            /** @example 0 */
            becamePoliceVictims: number;
            /** @example 0 */
            policeRescues: number;
            /** @example 0 */
            protectionCasesOpened: number;
            /** @example 0 */
            referredToPolice: number;
            /** @example 0 */
            referredToProtection: number;
            /** @example 0 */
            rescuedAfterScreening: number;
        };
        ReferralChainRowDto: {
            change: components["schemas"]["ReferralChainChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the period */
            current: components["schemas"]["ReferralChainFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example place
             * @enum {string|null}
             */
            dimension: "place" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the same period a year before */
            previous: components["schemas"]["ReferralChainFiguresDto"];
        };
        ReferralChainTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: "place"[];
            /** @description The figures of every row, in column order */
            figures: ("referredToPolice" | "becamePoliceVictims" | "referredToProtection" | "protectionCasesOpened" | "policeRescues" | "rescuedAfterScreening")[];
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per place of the screening (`none`: rescued victims never screened), then the total */
            rows: components["schemas"]["ReferralChainRowDto"][];
            /**
             * @example referral_chain
             * @enum {string}
             */
            table: "referral_chain";
            /** @example 2020 */
            year: number;
        };
        ReferralListItemDto: {
            /**
             * @example 15_17
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /**
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @example partner_organisation
             * @enum {string}
             */
            destination: "police" | "social_affairs" | "partner_organisation" | "family";
            /**
             * @example labour
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @example KHM
             * @enum {string}
             */
            nationality: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @example ngo-ijm
             * @enum {string|null}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu" | null;
            /**
             * @description The outcome at the referral
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /**
             * Format: uuid
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * Format: uuid
             * @example null
             */
            policeCaseId: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            policeUnit: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum" | null;
            /**
             * @description The province the referral goes to: the unit's or department's, else the screening's
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-03
             */
            referredOn: string;
            /**
             * Format: date
             * @example 2020-04-02
             */
            screenedOn: string;
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            screeningProvince: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
            /** @example null */
            suspectedOffence: string | null;
        };
        ReferralPageDto: {
            items: components["schemas"]["ReferralListItemDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        ReferralRowDto: {
            /**
             * @example partner_organisation
             * @enum {string}
             */
            destination: "police" | "social_affairs" | "partner_organisation" | "family";
            /**
             * @example labour
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @example ngo-ijm
             * @enum {string|null}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu" | null;
            /**
             * @description The outcome at the referral
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /**
             * Format: uuid
             * @example null
             */
            policeCaseId: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            policeUnit: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum" | null;
            /**
             * @description The province the referral goes to: the unit's or department's, else the screening's
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-03
             */
            referredOn: string;
            /** @example null */
            suspectedOffence: string | null;
        };
        RegisterProtectionCaseDto: {
            /**
             * @description Age in whole years on receivedOn; give this or birthDate
             * @example 17
             */
            ageInYears?: number;
            /**
             * @description Give this or ageInYears; stored only sealed
             * @example 2003-02-11
             */
            birthDate?: string;
            /**
             * @example overseas_authorities
             * @enum {string}
             */
            channel: "police_hand_over" | "overseas_authorities" | "judicial_police" | "ngo_referral" | "court" | "self_referred" | "other" | "border_screening";
            /**
             * @description ISO 3166-1 alpha-3 of the country the person returned from
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom?: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description The airport or checkpoint (overseas_authorities only)
             * @example poipet
             * @enum {string}
             */
            entryPoint?: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet";
            /**
             * @description `at_risk` for a person at risk not (yet) identified as a victim
             * @example labour
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @description police_hand_over only: the police unit that handed the person over
             * @example police-battambang
             */
            handedOverBy?: string;
            /**
             * @description ISO 3166-1 alpha-3 nationality
             * @example KHM
             * @enum {string}
             */
            nationality: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            personal?: components["schemas"]["PersonalDataDto"];
            /**
             * Format: uuid
             * @description police_hand_over only: the police case (with handedOverBy and rescuedOn)
             */
            policeCaseId?: string;
            /**
             * @description The province whose department follows the case (your scope)
             * @example battambang
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * @description Who received the person; defaults to the province's department
             * @example dosvy-battambang
             * @enum {string}
             */
            receivedBy?: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @description Date the person was received (YYYY-MM-DD)
             * @example 2020-05-04
             */
            receivedOn: string;
            /**
             * @description police_hand_over only: the date of the rescue
             * @example 2020-05-01
             */
            rescuedOn?: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        ReleaseSuspectDto: {
            /**
             * @example insufficient_evidence
             * @enum {string}
             */
            reason: "insufficient_evidence" | "not_involved" | "detention_time_limit" | "other";
            /** @example 2020-03-18 */
            releasedOn: string;
        };
        ReopenCaseDto: {
            /**
             * @description Why the case is reopened (documented)
             * @example New evidence received from the provincial court
             */
            justification: string;
            /** @example 2020-05-02 */
            reopenedOn: string;
        };
        ReopenProtectionCaseDto: {
            /**
             * @description Why the case is reopened (one line)
             * @example Family situation changed after the last visit
             */
            justification: string;
            /** @example 2021-10-01 */
            reopenedOn: string;
        };
        RescueVictimDto: {
            /**
             * @description Age in whole years at the rescue; give this or birthDate
             * @example 14
             */
            ageAtRescue?: number;
            /**
             * @description Give this or ageAtRescue
             * @example 2006-02-10
             */
            birthDate?: string;
            /**
             * @example sexual
             * @enum {string}
             */
            exploitationType: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /** @example KHM */
            nationality: string;
            personal?: components["schemas"]["PersonalDataDto"];
            /** @example 2020-03-15 */
            rescuedOn: string;
            /**
             * Format: uuid
             * @description The id of the person as screened at a border or an embassy (intake), when the police rescue a person screened there first: the victim id is then this id, so both records name one person (409 if already a victim of the case)
             * @example 0f5b1c3e-7a2d-5e4f-9b8a-1c2d3e4f5a6b
             */
            screenedPersonId?: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        ReturnedBodiesChangesDto: {
            bodies: components["schemas"]["FigureChangeDto"];
            females: components["schemas"]["FigureChangeDto"];
            males: components["schemas"]["FigureChangeDto"];
        };
        ReturnedBodiesFiguresDto: {
            /** @example 0 */
            bodies: number;
            /** @example 0 */
            females: number;
            /** @example 0 */
            males: number;
        };
        ReturnedBodiesRowDto: {
            change: components["schemas"]["ReturnedBodiesChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the period */
            current: components["schemas"]["ReturnedBodiesFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example place
             * @enum {string|null}
             */
            dimension: "place" | "cause" | "brought_by" | "received_by" | "country_of_death" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the same period a year before */
            previous: components["schemas"]["ReturnedBodiesFiguresDto"];
        };
        ReturnedBodiesTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("place" | "cause" | "brought_by" | "received_by" | "country_of_death")[];
            /** @description The figures of every row, in column order */
            figures: ("bodies" | "males" | "females")[];
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per place, cause, who brought the body, receiving unit and country of death, then the total */
            rows: components["schemas"]["ReturnedBodiesRowDto"][];
            /**
             * @example bodies
             * @enum {string}
             */
            table: "bodies";
            /** @example 2020 */
            year: number;
        };
        ReviseScreeningDto: {
            /**
             * @description Required with suspected_victim (a form of exploitation) and person_at_risk (`at_risk`); refused with not_identified
             * @example labour
             * @enum {string}
             */
            exploitationIndicated?: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @description Why (one line)
             * @example A second interview with an interpreter
             */
            justification: string;
            /**
             * @description The new outcome (409 if it is the current one)
             * @example person_at_risk
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /** @example 2020-04-09 */
            revisedOn: string;
        };
        RevisionViewDto: {
            /**
             * @example at_risk
             * @enum {string}
             */
            exploitationIndicated?: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /** @example A second interview with an interpreter */
            justification: string;
            /**
             * @example person_at_risk
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /**
             * Format: date
             * @example 2020-04-09
             */
            revisedOn: string;
        };
        ScreenedPersonHistoryDto: {
            /** @description Events in stream order */
            events: components["schemas"]["HistoryEntryDto"][];
            /**
             * Format: uuid
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
        };
        ScreenedPersonPageDto: {
            items: components["schemas"]["ScreenedPersonSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        ScreenedPersonStateDto: {
            /**
             * @example labour
             * @enum {string|null}
             */
            exploitationIndicated: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality" | null;
            /**
             * @description The latest outcome, after revisions
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            referrals: components["schemas"]["ScreenedReferralViewDto"][];
            revisions: components["schemas"]["RevisionViewDto"][];
            /** @description The screening as recorded */
            screening: components["schemas"]["ScreeningViewDto"];
        };
        ScreenedPersonSummaryDto: {
            /**
             * @example 15_17
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /**
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @example labour
             * @enum {string|null}
             */
            exploitationIndicated: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality" | null;
            /**
             * Format: date-time
             * @example 2020-04-02T03:10:00.000Z
             */
            lastChangedAt: string;
            /** @example 4 */
            month: number;
            /**
             * @example KHM
             * @enum {string}
             */
            nationality: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description As it stands, after revisions
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /**
             * Format: uuid
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /** @example 2020-S-0107 */
            reference: string;
            referrals: components["schemas"]["ReferralRowDto"][];
            /**
             * @example [
             *       "ngo-ijm"
             *     ]
             */
            referredTo: ("mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu")[];
            /** @example 1 */
            revision: number;
            /** @example 0 */
            revisions: number;
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            screenedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-02
             */
            screenedOn: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
            /** @example 2020 */
            year: number;
        };
        ScreenedPersonViewDto: {
            /**
             * Format: date-time
             * @example null
             */
            asOf: string | null;
            /**
             * Format: uuid
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
            /** @example 1 */
            revision: number;
            state: components["schemas"]["ScreenedPersonStateDto"];
        };
        ScreenedReferralViewDto: {
            /**
             * @example partner_organisation
             * @enum {string}
             */
            destination: "police" | "social_affairs" | "partner_organisation" | "family";
            /**
             * @example ngo-ijm
             * @enum {string}
             */
            organisation?: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /** Format: uuid */
            policeCaseId?: string;
            /** @enum {string} */
            policeUnit?: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum";
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-03
             */
            referredOn: string;
            suspectedOffence?: string;
        };
        ScreeningAcceptedDto: {
            /**
             * Format: uuid
             * @description The person id: the name-based UUID (v5) of the place and reference; the police and social affairs keep it
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
            /**
             * @description Revision of the record after the command; send it as If-Match next time
             * @example 0
             */
            revision: number;
        };
        ScreeningsChangesDto: {
            persons: components["schemas"]["FigureChangeDto"];
            personsAdultFemale: components["schemas"]["FigureChangeDto"];
            personsAdultMale: components["schemas"]["FigureChangeDto"];
            personsMinorFemale: components["schemas"]["FigureChangeDto"];
            personsMinorMale: components["schemas"]["FigureChangeDto"];
            referrals: components["schemas"]["FigureChangeDto"];
            referralsAdultFemale: components["schemas"]["FigureChangeDto"];
            referralsAdultMale: components["schemas"]["FigureChangeDto"];
            referralsMinorFemale: components["schemas"]["FigureChangeDto"];
            referralsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        ScreeningsFiguresDto: {
            /** @example 0 */
            persons: number;
            /** @example 0 */
            personsAdultFemale: number;
            /** @example 0 */
            personsAdultMale: number;
            /** @example 0 */
            personsMinorFemale: number;
            /** @example 0 */
            personsMinorMale: number;
            /** @example 0 */
            referrals: number;
            /** @example 0 */
            referralsAdultFemale: number;
            /** @example 0 */
            referralsAdultMale: number;
            /** @example 0 */
            referralsMinorFemale: number;
            /** @example 0 */
            referralsMinorMale: number;
        };
        ScreeningsRowDto: {
            change: components["schemas"]["ScreeningsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the period */
            current: components["schemas"]["ScreeningsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example outcome
             * @enum {string|null}
             */
            dimension: "outcome" | "exploitation_type" | "place" | "destination" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the same period a year before */
            previous: components["schemas"]["ScreeningsFiguresDto"];
        };
        ScreeningsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("outcome" | "exploitation_type" | "place" | "destination")[];
            /** @description The figures of every row, in column order */
            figures: ("persons" | "personsAdultMale" | "personsAdultFemale" | "personsMinorMale" | "personsMinorFemale" | "referrals" | "referralsAdultMale" | "referralsAdultFemale" | "referralsMinorMale" | "referralsMinorFemale")[];
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per latest outcome, exploitation indicated, place and (referrals only) destination, then the total */
            rows: components["schemas"]["ScreeningsRowDto"][];
            /**
             * @example screenings
             * @enum {string}
             */
            table: "screenings";
            /** @example 2020 */
            year: number;
        };
        ScreeningViewDto: {
            /**
             * @example 15_17
             * @enum {string}
             */
            ageBand: "under_15" | "15_17" | "18_plus";
            /**
             * Format: date
             * @example 2020-04-02
             */
            ageBandOn: string;
            /** @example 17 */
            ageInYears?: number;
            /**
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @example labour
             * @enum {string}
             */
            exploitationIndicated?: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @example KHM
             * @enum {string}
             */
            nationality: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description As first screened
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            /**
             * @description Identifying data: opened, restricted or forgotten, by the reader's role
             * @example {
             *       "restricted": true
             *     }
             */
            personal: {
                /**
                 * Format: date
                 * @example 1990-05-01
                 */
                birthDate?: string;
                /** @example Sok Dara (synthetic) */
                fullName?: string;
            } | {
                /** @enum {boolean} */
                restricted: true;
            } | {
                /** @enum {boolean} */
                forgotten: true;
            };
            /**
             * Format: uuid
             * @example 7f3a2c1d-4b5e-5f60-8a7b-9c0d1e2f3a4b
             */
            personId: string;
            /**
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @example banteay-meanchey
             * @enum {string}
             */
            province: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
            /**
             * Format: uuid
             * @example 2b1c0f4e-8a6d-5e3f-9c2b-7d4e6f8a1b30
             */
            receptionId: string;
            /** @example 2020-S-0107 */
            reference: string;
            /**
             * @example border-liaison-office
             * @enum {string}
             */
            screenedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /**
             * Format: date
             * @example 2020-04-02
             */
            screenedOn: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        ScreeningYieldChangeDto: {
            /**
             * @description Difference of the yields per 1,000; null when either has no returnees
             * @example 0.4
             */
            perThousand: number | null;
            returnees: components["schemas"]["FigureChangeDto"];
            suspectedVictims: components["schemas"]["FigureChangeDto"];
        };
        ScreeningYieldDto: {
            /**
             * @description The month asked for (the previous year is then the same month a year before), else null
             * @example null
             */
            month: number | null;
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for, else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Per place with a returnee or a screening in either year, in reference order: its months, then the place; then the total */
            rows: components["schemas"]["ScreeningYieldRowDto"][];
            /**
             * @example screening_yield
             * @enum {string}
             */
            table: "screening_yield";
            /** @example 2020 */
            year: number;
        };
        ScreeningYieldFiguresDto: {
            /**
             * @description suspectedVictims per 1,000 returnees, 2 decimals; null without returnees
             * @example 1.66
             */
            perThousand: number | null;
            /**
             * @description Persons received at the place
             * @example 63793
             */
            returnees: number;
            /**
             * @description Persons screened there whose latest outcome is suspected_victim
             * @example 106
             */
            suspectedVictims: number;
        };
        ScreeningYieldRowDto: {
            change: components["schemas"]["ScreeningYieldChangeDto"];
            /** @description The period */
            current: components["schemas"]["ScreeningYieldFiguresDto"];
            /** @example Poipet International Checkpoint, 03 */
            label: string;
            /**
             * @description One place and month; one place over the period; every place covered
             * @example month
             * @enum {string}
             */
            level: "month" | "place" | "total";
            /**
             * @description The month (1–12) of a month row; null otherwise
             * @example 3
             */
            month: number | null;
            /**
             * @description The intake place; null on the total row
             * @example poipet
             */
            place: string | null;
            /** @description The same period a year before */
            previous: components["schemas"]["ScreeningYieldFiguresDto"];
        };
        ScreenPersonDto: {
            /**
             * @description Age in whole years on screenedOn; give this or birthDate
             * @example 17
             */
            ageInYears?: number;
            /**
             * @description Give this or ageInYears; stored only sealed
             * @example 2003-02-11
             */
            birthDate?: string;
            /**
             * @description ISO 3166-1 alpha-3 of the country returned from
             * @example THA
             * @enum {string}
             */
            countryReturnedFrom: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description Required with suspected_victim (a form of exploitation) and person_at_risk (`at_risk`); refused with not_identified
             * @example labour
             * @enum {string}
             */
            exploitationIndicated?: "labour" | "sexual" | "forced_marriage" | "sexual_abuse" | "at_risk" | "other" | "forced_criminality";
            /**
             * @description ISO 3166-1 alpha-3 nationality
             * @example KHM
             * @enum {string}
             */
            nationality: "ABW" | "AFG" | "AGO" | "AIA" | "ALA" | "ALB" | "AND" | "ARE" | "ARG" | "ARM" | "ASM" | "ATA" | "ATF" | "ATG" | "AUS" | "AUT" | "AZE" | "BDI" | "BEL" | "BEN" | "BES" | "BFA" | "BGD" | "BGR" | "BHR" | "BHS" | "BIH" | "BLM" | "BLR" | "BLZ" | "BMU" | "BOL" | "BRA" | "BRB" | "BRN" | "BTN" | "BVT" | "BWA" | "CAF" | "CAN" | "CCK" | "CHE" | "CHL" | "CHN" | "CIV" | "CMR" | "COD" | "COG" | "COK" | "COL" | "COM" | "CPV" | "CRI" | "CUB" | "CUW" | "CXR" | "CYM" | "CYP" | "CZE" | "DEU" | "DJI" | "DMA" | "DNK" | "DOM" | "DZA" | "ECU" | "EGY" | "ERI" | "ESH" | "ESP" | "EST" | "ETH" | "FIN" | "FJI" | "FLK" | "FRA" | "FRO" | "FSM" | "GAB" | "GBR" | "GEO" | "GGY" | "GHA" | "GIB" | "GIN" | "GLP" | "GMB" | "GNB" | "GNQ" | "GRC" | "GRD" | "GRL" | "GTM" | "GUF" | "GUM" | "GUY" | "HKG" | "HMD" | "HND" | "HRV" | "HTI" | "HUN" | "IDN" | "IMN" | "IND" | "IOT" | "IRL" | "IRN" | "IRQ" | "ISL" | "ISR" | "ITA" | "JAM" | "JEY" | "JOR" | "JPN" | "KAZ" | "KEN" | "KGZ" | "KHM" | "KIR" | "KNA" | "KOR" | "KWT" | "LAO" | "LBN" | "LBR" | "LBY" | "LCA" | "LIE" | "LKA" | "LSO" | "LTU" | "LUX" | "LVA" | "MAC" | "MAF" | "MAR" | "MCO" | "MDA" | "MDG" | "MDV" | "MEX" | "MHL" | "MKD" | "MLI" | "MLT" | "MMR" | "MNE" | "MNG" | "MNP" | "MOZ" | "MRT" | "MSR" | "MTQ" | "MUS" | "MWI" | "MYS" | "MYT" | "NAM" | "NCL" | "NER" | "NFK" | "NGA" | "NIC" | "NIU" | "NLD" | "NOR" | "NPL" | "NRU" | "NZL" | "OMN" | "PAK" | "PAN" | "PCN" | "PER" | "PHL" | "PLW" | "PNG" | "POL" | "PRI" | "PRK" | "PRT" | "PRY" | "PSE" | "PYF" | "QAT" | "REU" | "ROU" | "RUS" | "RWA" | "SAU" | "SDN" | "SEN" | "SGP" | "SGS" | "SHN" | "SJM" | "SLB" | "SLE" | "SLV" | "SMR" | "SOM" | "SPM" | "SRB" | "SSD" | "STP" | "SUR" | "SVK" | "SVN" | "SWE" | "SWZ" | "SXM" | "SYC" | "SYR" | "TCA" | "TCD" | "TGO" | "THA" | "TJK" | "TKL" | "TKM" | "TLS" | "TON" | "TTO" | "TUN" | "TUR" | "TUV" | "TWN" | "TZA" | "UGA" | "UKR" | "UMI" | "URY" | "USA" | "UZB" | "VAT" | "VCT" | "VEN" | "VGB" | "VIR" | "VNM" | "VUT" | "WLF" | "WSM" | "YEM" | "ZAF" | "ZMB" | "ZWE" | "XXA";
            /**
             * @description The preliminary identification (not a finding of fact)
             * @example suspected_victim
             * @enum {string}
             */
            outcome: "suspected_victim" | "person_at_risk" | "not_identified";
            personal?: components["schemas"]["PersonalDataDto"];
            /**
             * @description Where the person was screened: the reception's place; its province is the record's scope
             * @example poipet
             * @enum {string}
             */
            place: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
            /**
             * @description The reference of the reception the person came with, at the same place (404 if there is none)
             * @example 2020-0412
             */
            receptionReference: string;
            /**
             * @description The receiving unit's own reference of the screened person (its list's row number), unique at the place: the same place and reference is the same screened person (409 the second time)
             * @example 2020-0412
             */
            reference: string;
            /**
             * @description The unit that interviewed and screened the person
             * @example border-liaison-office
             * @enum {string}
             */
            screenedBy: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
            /** @example 2020-04-02 */
            screenedOn: string;
            /**
             * @example F
             * @enum {string}
             */
            sex: "F" | "M";
        };
        ServiceViewDto: {
            /**
             * Format: date
             * @example 2020-05-20
             */
            deliveredOn: string;
            /**
             * @example ngo-aple
             * @enum {string}
             */
            organisation: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example psychosocial
             * @enum {string}
             */
            service: "medical" | "psychosocial" | "legal_aid" | "education" | "vocational_training" | "family_tracing" | "repatriation_support";
        };
        SessionConfigDto: {
            /**
             * @description oidc only: the issuer the browser signs in with
             * @example http://localhost:8080/realms/casetrail
             */
            authority?: string;
            /**
             * @description oidc only: the public client of the web app
             * @example casetrail-web
             */
            clientId?: string;
            /**
             * @description `local`: POST /api/session; `oidc`: the identity provider (authorization code with PKCE)
             * @example local
             * @enum {string}
             */
            mode: "local" | "oidc";
            /**
             * @description oidc only
             * @example openid profile
             */
            scope?: string;
        };
        SessionDto: {
            /**
             * Format: date-time
             * @example 2026-03-14T17:00:00.000Z
             */
            expiresAt: string;
            /**
             * @description A bearer token for the API
             * @example eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl
             */
            token: string;
            user: components["schemas"]["SessionUserDto"];
        };
        SessionUserDto: {
            /**
             * @description The user id (the token subject)
             * @example 5f0c2a8e-8d1b-4c1e-9a57-3f2b8c6d1e90
             */
            id: string;
            /** @example Sokha Chan */
            name: string;
            /**
             * @description Province codes, or ["*"] for a national user
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[];
            /**
             * @example police
             * @enum {string}
             */
            role: "police" | "prosecutor" | "judge" | "social_worker" | "partner_worker" | "border_official" | "auditor" | "statistician" | "admin";
            /** @example police-battambang */
            unit?: string;
        };
        ShelterAdmissionsChangesDto: {
            admissions: components["schemas"]["FigureChangeDto"];
            persons: components["schemas"]["FigureChangeDto"];
            personsAdultFemale: components["schemas"]["FigureChangeDto"];
            personsAdultMale: components["schemas"]["FigureChangeDto"];
            personsMinorFemale: components["schemas"]["FigureChangeDto"];
            personsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        ShelterAdmissionsFiguresDto: {
            /** @example 0 */
            admissions: number;
            /** @example 0 */
            persons: number;
            /** @example 0 */
            personsAdultFemale: number;
            /** @example 0 */
            personsAdultMale: number;
            /** @example 0 */
            personsMinorFemale: number;
            /** @example 0 */
            personsMinorMale: number;
        };
        ShelterAdmissionsRowDto: {
            change: components["schemas"]["ShelterAdmissionsChangesDto"];
            /**
             * @description The row's code in its breakdown (`none`: no value); null on the total row
             * @example none
             */
            code: string | null;
            /** @description Figures of the year */
            current: components["schemas"]["ShelterAdmissionsFiguresDto"];
            /**
             * @description The breakdown this row belongs to; null on the total row
             * @example exploitation_type
             * @enum {string|null}
             */
            dimension: "exploitation_type" | "sent_by" | null;
            /** @example Total */
            label: string;
            /**
             * @example breakdown
             * @enum {string}
             */
            level: "breakdown" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["ShelterAdmissionsFiguresDto"];
        };
        ShelterAdmissionsTableDto: {
            /** @description The breakdowns, in row order */
            dimensions: ("exploitation_type" | "sent_by")[];
            /** @description The figures of every row, in column order */
            figures: ("persons" | "personsAdultMale" | "personsAdultFemale" | "personsMinorMale" | "personsMinorFemale" | "admissions")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (figures counted there), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description Rows per exploitation type and per kind of organisation that sent the person, then the total */
            rows: components["schemas"]["ShelterAdmissionsRowDto"][];
            /**
             * @example received
             * @enum {string}
             */
            table: "received" | "shelter_admissions" | "integrations" | "follow_ups";
            /** @example 2020 */
            year: number;
        };
        ShelterStayDto: {
            /**
             * Format: date
             * @example 2020-05-07
             */
            admittedOn: string;
            /**
             * Format: date
             * @example null
             */
            departedOn: string | null;
            /**
             * @example null
             * @enum {string|null}
             */
            departureReason: "integrated" | "transferred" | "returned_to_family" | "left_of_own_will" | "repatriated" | "deceased" | "other" | null;
            /**
             * @example dosvy-battambang
             * @enum {string}
             */
            sentBy: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example ngo-aple
             * @enum {string}
             */
            shelter: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
            /**
             * @example battambang
             * @enum {string}
             */
            shelterProvince: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
        };
        SignInDto: {
            /**
             * Format: password
             * @description Never logged
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description The login name
             * @example sokha.chan
             */
            username: string;
        };
        StageEntriesDto: {
            /**
             * Format: date
             * @example 2020-03-18
             */
            investigation: string | null;
            /**
             * Format: date
             * @example 2020-03-14
             */
            prosecution: string | null;
            /**
             * Format: date
             * @example null
             */
            trial: string | null;
        };
        SuspectAcceptedDto: {
            /** @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10 */
            caseId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
            /** @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f */
            suspectId: string;
        };
        TrialChangesDto: {
            accused: components["schemas"]["FigureChangeDto"];
            accusedAdultFemale: components["schemas"]["FigureChangeDto"];
            accusedAdultMale: components["schemas"]["FigureChangeDto"];
            accusedAgeUnknownFemale: components["schemas"]["FigureChangeDto"];
            accusedAgeUnknownMale: components["schemas"]["FigureChangeDto"];
            accusedMinorFemale: components["schemas"]["FigureChangeDto"];
            accusedMinorMale: components["schemas"]["FigureChangeDto"];
            acquittal: components["schemas"]["FigureChangeDto"];
            cases: components["schemas"]["FigureChangeDto"];
            deferral: components["schemas"]["FigureChangeDto"];
            fine: components["schemas"]["FigureChangeDto"];
            imprisonment: components["schemas"]["FigureChangeDto"];
            imprisonmentAtLiberty: components["schemas"]["FigureChangeDto"];
            imprisonmentInCustody: components["schemas"]["FigureChangeDto"];
            processing: components["schemas"]["FigureChangeDto"];
            releasedOnBail: components["schemas"]["FigureChangeDto"];
            suspendedSentence: components["schemas"]["FigureChangeDto"];
            victims: components["schemas"]["FigureChangeDto"];
            victimsAdultFemale: components["schemas"]["FigureChangeDto"];
            victimsAdultMale: components["schemas"]["FigureChangeDto"];
            victimsMinorFemale: components["schemas"]["FigureChangeDto"];
            victimsMinorMale: components["schemas"]["FigureChangeDto"];
        };
        TrialFiguresDto: {
            /** @example 0 */
            accused: number;
            /** @example 0 */
            accusedAdultFemale: number;
            /** @example 0 */
            accusedAdultMale: number;
            /** @example 0 */
            accusedAgeUnknownFemale: number;
            /** @example 0 */
            accusedAgeUnknownMale: number;
            /** @example 0 */
            accusedMinorFemale: number;
            /** @example 0 */
            accusedMinorMale: number;
            /** @example 0 */
            acquittal: number;
            /** @example 0 */
            cases: number;
            /** @example 0 */
            deferral: number;
            /** @example 0 */
            fine: number;
            /** @example 0 */
            imprisonment: number;
            /** @example 0 */
            imprisonmentAtLiberty: number;
            /** @example 0 */
            imprisonmentInCustody: number;
            /** @example 0 */
            processing: number;
            /** @example 0 */
            releasedOnBail: number;
            /** @example 0 */
            suspendedSentence: number;
            /** @example 0 */
            victims: number;
            /** @example 0 */
            victimsAdultFemale: number;
            /** @example 0 */
            victimsAdultMale: number;
            /** @example 0 */
            victimsMinorFemale: number;
            /** @example 0 */
            victimsMinorMale: number;
        };
        TrialRowDto: {
            /**
             * @description Category of the files' principal offence; null on the total row
             * @example sexual_exploitation
             * @enum {string|null}
             */
            category: "trafficking" | "sexual_exploitation" | null;
            change: components["schemas"]["TrialChangesDto"];
            /** @description Figures of the year */
            current: components["schemas"]["TrialFiguresDto"];
            /** @example Sexual exploitation */
            label: string;
            /**
             * @example category
             * @enum {string}
             */
            level: "category" | "total";
            /** @description Figures of the year before */
            previous: components["schemas"]["TrialFiguresDto"];
        };
        TrialTableDto: {
            /** @description The figures of every row, in column order */
            figures: ("cases" | "victims" | "victimsAdultMale" | "victimsAdultFemale" | "victimsMinorMale" | "victimsMinorFemale" | "accused" | "accusedAdultMale" | "accusedAdultFemale" | "accusedMinorMale" | "accusedMinorFemale" | "accusedAgeUnknownMale" | "accusedAgeUnknownFemale" | "suspendedSentence" | "fine" | "acquittal" | "deferral" | "imprisonment" | "imprisonmentInCustody" | "imprisonmentAtLiberty" | "releasedOnBail" | "processing")[];
            /** @example 2019 */
            previousYear: number;
            /**
             * @description The province asked for (its court's files), else null
             * @example battambang
             */
            province: string | null;
            /**
             * @description The provinces the figures cover; null for the whole country (a reader scoped to provinces sees only those)
             * @example [
             *       "battambang"
             *     ]
             */
            provinces: string[] | null;
            /** @description One row per offence category, then the total */
            rows: components["schemas"]["TrialRowDto"][];
            /**
             * @example prosecution
             * @enum {string}
             */
            table: "prosecution" | "investigating_judges" | "trial";
            /** @example 2020 */
            year: number;
        };
        UploadAnswerDto: {
            /**
             * @description Rows recorded by this upload
             * @example 500
             */
            accepted: number;
            /**
             * @description Rows already recorded with the same figures (an earlier file, the API, an upload cut short)
             * @example 500
             */
            alreadyRecorded: number;
            /** @example poipet-2020-04.csv */
            fileName?: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            kind: "receptions" | "screenings" | "bodies";
            /** @description Every refused row, by line (a repeated upload answers its record, which keeps the first 1000) */
            refusals: components["schemas"]["UploadRefusalDto"][];
            /**
             * @description Rows refused (each listed in refusals)
             * @example 500
             */
            refused: number;
            /**
             * @description The same file (same SHA-256) was uploaded before: its record is answered and nothing is appended
             * @example false
             */
            repeated: boolean;
            /**
             * @description Data rows read (the header excluded)
             * @example 500
             */
            rows: number;
            /**
             * @description SHA-256 (hex) of the file: the same file is the same upload
             * @example 9f2c1e0b7d4a6c3e8b5f1a2d4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e
             */
            uploadId: string;
        };
        UploadPageDto: {
            items: components["schemas"]["UploadRecordSummaryDto"][];
            /** @example 1 */
            page: number;
            /** @example 50 */
            pageSize: number;
            /** @example 1 */
            total: number;
        };
        UploadRecordSummaryDto: {
            /**
             * @description Rows recorded by this upload
             * @example 500
             */
            accepted: number;
            /**
             * @description Rows already recorded with the same figures (an earlier file, the API, an upload cut short)
             * @example 500
             */
            alreadyRecorded: number;
            /** @example poipet-2020-04.csv */
            fileName?: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            kind: "receptions" | "screenings" | "bodies";
            /**
             * @description The uploader's province; null for a national user
             * @example banteay-meanchey
             */
            province: string | null;
            /**
             * @description Rows refused (each listed in refusals)
             * @example 500
             */
            refused: number;
            /**
             * @description Data rows read (the header excluded)
             * @example 500
             */
            rows: number;
            /** Format: date-time */
            uploadedAt: string;
            /** @example border-official-poipet */
            uploadedBy: string;
            /**
             * @description SHA-256 (hex) of the file: the same file is the same upload
             * @example 9f2c1e0b7d4a6c3e8b5f1a2d4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e
             */
            uploadId: string;
        };
        UploadRefusalDto: {
            /**
             * @description The column at fault, when one is
             * @example received_on
             */
            field?: string;
            /**
             * @description The line of the file (CSV) or row of the sheet (XLSX); 1 is the header
             * @example 14
             */
            line: number;
            /**
             * @description Names the column and the rule, never a value of the row (no personal data)
             * @example received_on is after today in Cambodia (UTC+7)
             */
            reason: string;
        };
        UploadViewDto: {
            /**
             * @description Rows recorded by this upload
             * @example 500
             */
            accepted: number;
            /**
             * @description Rows already recorded with the same figures (an earlier file, the API, an upload cut short)
             * @example 500
             */
            alreadyRecorded: number;
            /** @example poipet-2020-04.csv */
            fileName?: string;
            /** @enum {string} */
            format: "csv" | "xlsx";
            /** @enum {string} */
            kind: "receptions" | "screenings" | "bodies";
            /** @description Completed: the first 1000 refusals by line */
            refusals?: components["schemas"]["UploadRefusalDto"][];
            /**
             * @description Rows refused (each listed in refusals)
             * @example 500
             */
            refused: number;
            /**
             * @description Data rows read (the header excluded)
             * @example 500
             */
            rows: number;
            /**
             * Format: date-time
             * @description Running: when the rows began
             */
            startedAt?: string;
            /**
             * @description running: rows counts so far (rows = rows read); completed: the record
             * @enum {string}
             */
            status: "running" | "completed";
            /**
             * Format: date-time
             * @description Completed: when the record was written
             */
            uploadedAt?: string;
            /**
             * @description Completed: who uploaded it
             * @example border-official-poipet
             */
            uploadedBy?: string;
            /**
             * @description SHA-256 (hex) of the file: the same file is the same upload
             * @example 9f2c1e0b7d4a6c3e8b5f1a2d4c6e8f0a1b3c5d7e9f1a2b3c4d5e6f7a8b9c0d1e
             */
            uploadId: string;
        };
        VerdictOutcomeDto: {
            /**
             * Format: date
             * @example 2020-11-20
             */
            deliveredOn: string;
            /**
             * @example imprisonment
             * @enum {string}
             */
            outcome: "imprisonment" | "suspended_sentence" | "fine" | "acquittal" | "deferral" | "released_on_bail";
            /**
             * Format: uuid
             * @description Pseudonymous id of the accused
             * @example b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f
             */
            personId: string;
        };
        VictimAcceptedDto: {
            /** @example 6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10 */
            caseId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
            /** @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10 */
            victimId: string;
        };
        VisitAcceptedDto: {
            /**
             * Format: uuid
             * @description The person id, which is the case id
             * @example c2e8a6b3-1d4f-4e2a-8b7c-6a5d4c3b2a10
             */
            personId: string;
            /**
             * @description Revision of the case after the command; send it as If-Match next time
             * @example 3
             */
            revision: number;
            /**
             * @description The visit number after the latest integration (1, 2, …)
             * @example 1
             */
            visitNumber: number;
        };
        WithdrawalViewDto: {
            /** @example Entered twice */
            justification: string;
            /**
             * Format: date
             * @example 2020-04-10
             */
            withdrawnOn: string;
        };
        WithdrawReceptionDto: {
            /**
             * @description Why (one line)
             * @example Entered twice: the same group as reference 2020-0411
             */
            justification: string;
            /** @example 2020-04-10 */
            withdrawnOn: string;
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
    ForgetPersonController_forget: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description A suspect or victim id */
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForgetPersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonForgottenDto"];
                };
            };
            /** @description The reason is missing, too short (< 10) or too long (> 500) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only an admin forgets a person */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No personal data was ever recorded for this person id */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The person was already forgotten */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsersController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalUserListDto"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only an admin manages users, and only those of their provinces */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Local accounts are off (oidc mode) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateLocalUserDto"];
            };
        };
        responses: {
            /** @description The new user id (an answer never repeats what was sent; GET lists the user) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocalUserCreatedDto"];
                };
            };
            /** @description Invalid fields, an unknown province or unit (each named), or a password shorter than 12 */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only an admin manages users, and only those of their provinces */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Local accounts are off (oidc mode) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The username is taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsersController_change: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangeLocalUserDto"];
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid fields (each named), or neither name nor disabled given */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only an admin manages users, and only those of their provinces */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user among those the admin manages, or local accounts are off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AdminUsersController_setPassword: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                userId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPasswordDto"];
            };
        };
        responses: {
            /** @description The password is set */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description A password shorter than 12 or longer than 256 characters */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only an admin manages users, and only those of their provinces */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such user among those the admin manages, or local accounts are off */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccessAuditController_list: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                /** @description Only accesses that disclosed this person's data */
                personId?: string;
                /** @description Accesses to this record (a police case id) */
                recordId?: string;
                /** @description Accesses by this user (the token subject: 1 to 128 characters, no control or invisible characters) */
                userId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "accessId": "0b6e3c1a-5f2d-4e7a-9c8b-1a2b3c4d5e6f",
                     *           "userId": "officer-1",
                     *           "role": "police",
                     *           "unit": "police-battambang",
                     *           "recordType": "police-case",
                     *           "recordId": "6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10",
                     *           "recordProvince": "battambang",
                     *           "personIds": [
                     *             "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
                     *           ],
                     *           "route": "GET /api/enforcement/cases/:caseId",
                     *           "purpose": null,
                     *           "at": "2021-03-02T04:05:06.000Z",
                     *           "correlationId": "3c9a4f5e-7b21-4d0e-8f6a-2b1c0d9e8f7a"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 50
                     *     }
                     */
                    "application/json": components["schemas"]["AccessPageDto"];
                };
            };
            /** @description Neither recordId nor userId, or an invalid field (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Only auditors and admins list accesses */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileQueriesController_deadlines: {
        parameters: {
            query: {
                /** @description One court only */
                court?: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
                /** @description Detentions whose limit falls within this many days from today in Cambodia (those already past it are always listed) */
                withinDays: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pseudonymous ids only; counted at today in Cambodia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "on": "2020-09-10",
                     *       "withinDays": 30,
                     *       "items": [
                     *         {
                     *           "fileId": "3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c",
                     *           "court": "court-battambang",
                     *           "province": "battambang",
                     *           "personId": "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f",
                     *           "orderedOn": "2020-03-19",
                     *           "offenceClass": "felony",
                     *           "limitId": "pretrial-adult-felony",
                     *           "article": "Art. 208",
                     *           "verified": false,
                     *           "extensionsGranted": 0,
                     *           "extensionsAllowed": 2,
                     *           "limitDate": "2020-09-19",
                     *           "maximumLimitDate": "2021-09-19",
                     *           "daysLeft": 9,
                     *           "pastLimit": false
                     *         }
                     *       ],
                     *       "courts": [
                     *         {
                     *           "court": "court-battambang",
                     *           "province": "battambang",
                     *           "detentions": 1,
                     *           "pastLimit": 0
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["DetentionDeadlineListDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileQueriesController_list: {
        parameters: {
            query?: {
                /** @description Court code (court-<province>) */
                court?: "court-phnom-penh" | "court-banteay-meanchey" | "court-battambang" | "court-kampong-cham" | "court-kampong-chhnang" | "court-kampong-speu" | "court-kampong-thom" | "court-kampot" | "court-kandal" | "court-kep" | "court-koh-kong" | "court-kratie" | "court-mondulkiri" | "court-oddar-meanchey" | "court-pailin" | "court-preah-sihanouk" | "court-preah-vihear" | "court-prey-veng" | "court-pursat" | "court-ratanakiri" | "court-siem-reap" | "court-stung-treng" | "court-svay-rieng" | "court-takeo" | "court-tboung-khmum";
                /** @description The file's principal (first) offence */
                offence?: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
                page?: number;
                pageSize?: number;
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Part of the court's own file reference (case-insensitive; a prefix or any part). Rows without a reference never match. */
                reference?: string;
                stage?: "prosecution" | "investigation" | "trial" | "retained_without_processing" | "dismissed";
                /** @description Code of the police unit that forwarded the case (files opened directly have none) */
                unit?: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum";
                /** @description Year the file was opened (or the police case received), in Cambodia */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of file summaries (pseudonymous ids, no personal data); detention deadlines counted at today in Cambodia */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "fileId": "3f5e9c1a-7b2d-4e8f-9a6c-1d2e3f4a5b6c",
                     *           "court": "court-battambang",
                     *           "province": "battambang",
                     *           "stage": "investigation",
                     *           "origin": "direct",
                     *           "policeCaseId": null,
                     *           "openedOn": "2020-03-14",
                     *           "year": 2020,
                     *           "reference": "BTB-CR-2020-031",
                     *           "forwardingUnit": null,
                     *           "offences": [
                     *             "trafficking_in_persons_with_purpose"
                     *           ],
                     *           "principalOffence": "trafficking_in_persons_with_purpose",
                     *           "accused": 1,
                     *           "victims": 1,
                     *           "charged": 1,
                     *           "chargedPersonIds": [
                     *             "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
                     *           ],
                     *           "prosecutionDecision": {
                     *             "action": "submitted_for_investigation",
                     *             "decidedOn": "2020-03-18",
                     *             "reason": null,
                     *             "trialRoute": null,
                     *             "appearedOn": null
                     *           },
                     *           "closingOrder": null,
                     *           "verdicts": [],
                     *           "detentionsInForce": [
                     *             {
                     *               "personId": "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f",
                     *               "orderedOn": "2020-03-19",
                     *               "offenceClass": "felony",
                     *               "limitId": "pretrial-adult-felony",
                     *               "extensions": [],
                     *               "limitDate": "2020-09-19",
                     *               "daysLeft": 12,
                     *               "pastLimit": false
                     *             }
                     *           ],
                     *           "appeals": 0,
                     *           "compensationAwards": 0,
                     *           "revision": 5,
                     *           "lastChangedAt": "2020-03-19T02:10:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 50
                     *     }
                     */
                    "application/json": components["schemas"]["CourtFilePageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenCourtFileDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the file as the system knew it at this instant */
                asOf?: string;
            };
            header?: {
                /** @description Why you read the file (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file state with its revision (also in ETag) and deadlines */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtFileViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such file in your scope (or not yet opened at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_addAccused: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddAccusedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_orderDetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OrderPreTrialDetentionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_endDetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EndPreTrialDetentionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_extendDetention: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExtendPreTrialDetentionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_supervise: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlaceUnderJudicialSupervisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_verdict: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeliverVerdictDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_lodgeAppeal: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LodgeAppealDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppealAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_appealDecision: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                appealNumber: number;
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordAppealDecisionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_charge: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChargePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_closingOrder: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IssueClosingOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_compensation: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AwardCompensationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileQueriesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you read the file (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CourtFileHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_decideProsecution: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecideProsecutionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FileCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtFileCommandsController_addVictim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The file revision you last saw (its ETag, e.g. "3"); 409 if the file changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                fileId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddVictimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PersonAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed (for this step, or in this stage), or court outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseOutcomeController_outcome: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts, decisions and outcomes per accused by pseudonymous person id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "policeCaseId": "6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10",
                     *       "hasCourtFile": true,
                     *       "fileId": "6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10",
                     *       "court": "court-battambang",
                     *       "province": "battambang",
                     *       "receivedOn": "2020-03-21",
                     *       "stage": "trial",
                     *       "accused": 1,
                     *       "charged": 1,
                     *       "chargedPersonIds": [
                     *         "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
                     *       ],
                     *       "prosecutionDecision": {
                     *         "action": "submitted_for_investigation",
                     *         "decidedOn": "2020-03-25"
                     *       },
                     *       "closingOrder": {
                     *         "outcome": "sent_to_trial",
                     *         "issuedOn": "2020-10-05"
                     *       },
                     *       "verdicts": [
                     *         {
                     *           "personId": "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f",
                     *           "outcome": "imprisonment",
                     *           "deliveredOn": "2020-11-20"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["PoliceCaseOutcomeDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No court file holds the case, or it is outside your provinces */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseQueriesController_list: {
        parameters: {
            query?: {
                /** @description The case's principal (first) offence */
                offence?: "unlawful_removal_of_minors" | "unlawful_removal_with_purpose" | "unlawful_recruitment_for_exploitation" | "unlawful_removal_cross_border" | "trafficking_in_persons_with_purpose" | "cross_border_smuggling" | "receiving_persons_to_help_perpetrators" | "purchase_of_child_prostitution" | "forced_criminality" | "procuring" | "aggravated_procuring" | "procuring_child_prostitution" | "child_prostitution_offences" | "abduction_detention_confinement" | "provision_of_premises_for_prostitution" | "pornography" | "child_pornography" | "sexual_intercourse_with_minor_under_15" | "indecency_against_minor_under_15";
                page?: number;
                pageSize?: number;
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Part of the police unit's own file reference (case-insensitive; a prefix or any part). Rows without a reference never match. */
                reference?: string;
                status?: "open" | "forwarded" | "closed";
                /** @description Unit code */
                unit?: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum";
                /** @description Year the case was opened */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of case summaries (no personal data) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "caseId": "6f1c2b1e-8a53-4c39-9d55-0c1f5b7b2f10",
                     *           "province": "battambang",
                     *           "unitCode": "police-battambang",
                     *           "unitType": "provincial_police",
                     *           "status": "forwarded",
                     *           "offences": [
                     *             "trafficking_in_persons_with_purpose"
                     *           ],
                     *           "principalOffence": "trafficking_in_persons_with_purpose",
                     *           "openedOn": "2020-03-14",
                     *           "year": 2020,
                     *           "reference": "BTB-2020-031",
                     *           "suspects": 2,
                     *           "arrestedSuspectIds": [
                     *             "b9d1f7a4-2c5e-4a1b-9f0e-7d3c2a1b0e9f"
                     *           ],
                     *           "victims": 3,
                     *           "victimsHandedOver": 3,
                     *           "revision": 9,
                     *           "lastChangedAt": "2020-03-21T02:10:00.000Z"
                     *         }
                     *       ],
                     *       "total": 1,
                     *       "page": 1,
                     *       "pageSize": 50
                     *     }
                     */
                    "application/json": components["schemas"]["PoliceCaseListPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_open: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OpenPoliceCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the case as the system knew it at this instant */
                asOf?: string;
            };
            header?: {
                /** @description Why you read the case (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case state with its revision (also in ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceCaseViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case in your scope (or not yet opened at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseWithoutForwardingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_forward: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ForwardToProsecutorDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseQueriesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you read the case (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PoliceCaseHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_addOffence: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddOffenceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_identifySuspect: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IdentifySuspectDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuspectAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_arrest: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                suspectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ArrestSuspectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_release: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                suspectId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseSuspectDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_rescueVictim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RescueVictimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VictimAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PoliceCaseCommandsController_handOver: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                caseId: string;
                victimId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HandOverVictimDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnedBodyQueriesController_list: {
        parameters: {
            query?: {
                /** @description Month the body was received */
                month?: number;
                page?: number;
                pageSize?: number;
                /** @description An airport, checkpoint or embassy */
                place?: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Year the body was received */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnedBodyCommandsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordBodyReceivedDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body record does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnedBodyQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the file as the system knew it at this instant */
                asOf?: string;
            };
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record with its revision (also in ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such body record in your scope (or not yet recorded at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnedBodyCommandsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The body record revision you last saw (its ETag, e.g. "0"); 409 if it changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectBodyRecordDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body record does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReturnedBodyQueriesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bodyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BodyHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionQueriesController_list: {
        parameters: {
            query?: {
                /** @description Month the people were received */
                month?: number;
                page?: number;
                pageSize?: number;
                /** @description An airport, checkpoint or embassy */
                place?: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The receiving unit */
                receivedBy?: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
                /** @description Withdrawn receptions were recorded in error (statistics leave them out) */
                status?: "recorded" | "withdrawn";
                /** @description Year the people were received */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of receptions with their figures as they stand (the latest correction) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionCommandsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordReceptionDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reception does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the file as the system knew it at this instant */
                asOf?: string;
            };
            header?: never;
            path: {
                receptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The reception with its revision (also in ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such reception in your scope (or not yet recorded at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionCommandsController_correct: {
        parameters: {
            query?: never;
            header?: {
                /** @description The reception revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                receptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CorrectReceptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reception does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionQueriesController_history: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                receptionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReceptionCommandsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description The reception revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                receptionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawReceptionDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceptionCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The reception does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonQueriesController_referrals: {
        parameters: {
            query?: {
                /** @description Only referrals to this destination (each role sees only those addressed to it) */
                destination?: "police" | "social_affairs" | "partner_organisation" | "family";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pseudonymous person ids only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReferralPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonQueriesController_list: {
        parameters: {
            query?: {
                /** @description Month the person was screened */
                month?: number;
                /** @description The outcome as it stands (after revisions) */
                outcome?: "suspected_victim" | "person_at_risk" | "not_identified";
                page?: number;
                pageSize?: number;
                /** @description An airport, checkpoint or embassy */
                place?: "phnom-penh-airport" | "sihanoukville-airport" | "siem-reap-airport" | "poipet" | "o-bei-choan" | "doung" | "cham-yeam" | "psar-prum" | "bavet" | "embassy-tha" | "embassy-mys" | "embassy-chn" | "embassy-sgp" | "embassy-vnm" | "embassy-lao" | "embassy-idn" | "embassy-kor" | "embassy-jpn" | "embassy-sau" | "embassy-qat" | "embassy-kwt" | "embassy-are" | "embassy-brn" | "embassy-phl" | "embassy-mmr" | "embassy-ind" | "embassy-aus" | "embassy-fra" | "embassy-usa";
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Year the person was screened */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of screenings (pseudonymous person ids, no personal data) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreenedPersonPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonCommandsController_screen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreenPersonDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No reception with receptionReference at this place */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The screened person does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the file as the system knew it at this instant */
                asOf?: string;
            };
            header?: {
                /** @description Why you read the screened person (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The record with its revision (also in ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreenedPersonViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such screened person in your scope (or not yet screened at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonQueriesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you read the screened person (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreenedPersonHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonCommandsController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The screened person's revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferPersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The screened person does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ScreenedPersonCommandsController_revise: {
        parameters: {
            query?: never;
            header?: {
                /** @description The screened person's revision you last saw (its ETag, e.g. "1"); 409 if it changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviseScreeningDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ScreeningAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, or the place is in a province outside your scope */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The screened person does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeUploadsController_list: {
        parameters: {
            query?: {
                kind?: "receptions" | "screenings" | "bodies";
                page?: number;
                pageSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadPageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeUploadsController_upload: {
        parameters: {
            query?: {
                /** @description The file name, for people to recognise the upload (one line) */
                fileName?: string;
            };
            header?: never;
            path: {
                kind: "receptions" | "screenings" | "bodies";
            };
            cookie?: never;
        };
        /** @description The file */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description The counts and every refused row (line, column, reason; never a value) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadAnswerDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The file is larger than the limit */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not text/csv nor an XLSX workbook, or sent with a Content-Encoding */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The header does not name the columns of the kind (nothing recorded), or the file cannot be read */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeUploadsController_view: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description SHA-256 (hex) of the file */
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such upload running or recorded in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseQueriesController_list: {
        parameters: {
            query?: {
                /** @description How the person came to social affairs */
                channel?: "police_hand_over" | "overseas_authorities" | "judicial_police" | "ngo_referral" | "court" | "self_referred" | "other" | "border_screening";
                /** @description Cases an organisation received or was referred */
                organisation?: "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum" | "ngo-chab-dai" | "ngo-aple" | "ngo-ijm" | "ngo-hope-for-justice" | "ngo-love-without-boundary" | "ngo-action-for-children" | "ngo-city-rescue" | "ngo-ponlok-thmey" | "ngo-a21" | "ngo-aim" | "ngo-cwcc" | "ngo-samaritans-purse" | "ngo-cpu";
                page?: number;
                pageSize?: number;
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                status?: "open" | "integrated" | "closed";
                /** @description Year the person was received, in Cambodia */
                year?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of case summaries (pseudonymous person ids, no personal data) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCasePageDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterProtectionCaseDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseQueriesController_get: {
        parameters: {
            query?: {
                /** @description Show the case as the system knew it at this instant */
                asOf?: string;
            };
            header?: {
                /** @description Why you read the case (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The case state with its revision (also in ETag) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseViewDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such case in your scope (or not yet opened at asOf) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_fileClaim: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileCompensationClaimDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                claimId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCompensationAwardDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_receipt: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                claimId: string;
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordCompensationReceivedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseProtectionCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_consent: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordConsentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_assessFamily: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssessFamilyDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_followUp: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordFollowUpVisitDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VisitAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseQueriesController_history: {
        parameters: {
            query?: never;
            header?: {
                /** @description Why you read the case (kept with the access record, 1-200 characters; never a name) */
                "X-Access-Purpose"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Events in stream order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectionCaseHistoryDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The access could not be recorded, so nothing is disclosed */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_integrate: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegratePersonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseQueriesController_journey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Steps in the order they happened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["JourneyDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No protection case for this person in your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_refer: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReferCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_reopen: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReopenProtectionCaseDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_service: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordServiceDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_admit: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AdmitToShelterDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseCommandsController_depart: {
        parameters: {
            query?: never;
            header?: {
                /** @description The case revision you last saw (its ETag, e.g. "3"); 409 if the case changed since. A weak tag is refused (400). */
                "If-Match"?: string;
            };
            path: {
                personId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RecordShelterDepartureDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseCommandAcceptedDto"];
                };
            };
            /** @description Invalid or unknown fields (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed, province outside your scope, or (partner workers) an organisation other than your own */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The case does not allow this now, or it changed (If-Match) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The command can never be valid as given */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionCaseQueriesController_overdue: {
        parameters: {
            query?: {
                page?: number;
                pageSize?: number;
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The user responsible for the visits (set at the integration) */
                worker?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pseudonymous person ids only */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueFollowUpListDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SessionController_signIn: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionDto"];
                };
            };
            /** @description Username or password missing or malformed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong username or password */
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The account is disabled (told only with the right password) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Local accounts are off (oidc mode) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of the declared media type (JSON: application/json in UTF-8), or is compressed */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Locked after failed sign-ins; Retry-After says for how many seconds */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    SessionController_config: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionConfigDto"];
                };
            };
        };
    };
    JusticeStatisticsController_courtDurations: {
        parameters: {
            query: {
                /** @description Only this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2020,
                     *       "measures": [
                     *         "arrestToCharge",
                     *         "chargeToClosingOrder",
                     *         "closingOrderToVerdict"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "province",
                     *           "province": "battambang",
                     *           "label": "Battambang",
                     *           "durations": {
                     *             "arrestToCharge": {
                     *               "count": 2,
                     *               "medianDays": 6,
                     *               "p90Days": 7
                     *             },
                     *             "chargeToClosingOrder": {
                     *               "count": 1,
                     *               "medianDays": 173,
                     *               "p90Days": 173
                     *             },
                     *             "closingOrderToVerdict": {
                     *               "count": 1,
                     *               "medianDays": 80,
                     *               "p90Days": 80
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "province": null,
                     *           "label": "Total",
                     *           "durations": {
                     *             "arrestToCharge": {
                     *               "count": 2,
                     *               "medianDays": 6,
                     *               "p90Days": 7
                     *             },
                     *             "chargeToClosingOrder": {
                     *               "count": 1,
                     *               "medianDays": 173,
                     *               "p90Days": 173
                     *             },
                     *             "closingOrderToVerdict": {
                     *               "count": 1,
                     *               "medianDays": 80,
                     *               "p90Days": 80
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "province": "battambang",
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["CourtDurationsDto"];
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_bodies: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-bodies-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "bodies",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": null,
                     *       "province": null,
                     *       "figures": [
                     *         "bodies",
                     *         "males",
                     *         "females"
                     *       ],
                     *       "dimensions": [
                     *         "place",
                     *         "cause",
                     *         "brought_by",
                     *         "received_by",
                     *         "country_of_death"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "place",
                     *           "code": "doung",
                     *           "label": "Doung International Checkpoint",
                     *           "current": {
                     *             "bodies": 1,
                     *             "males": 1,
                     *             "females": 0
                     *           },
                     *           "previous": {
                     *             "bodies": 0,
                     *             "males": 0,
                     *             "females": 0
                     *           },
                     *           "change": {
                     *             "bodies": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "males": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "cause",
                     *           "code": "accident",
                     *           "label": "Accident",
                     *           "current": {
                     *             "bodies": 1,
                     *             "males": 1,
                     *             "females": 0
                     *           },
                     *           "previous": {
                     *             "bodies": 0,
                     *             "males": 0,
                     *             "females": 0
                     *           },
                     *           "change": {
                     *             "bodies": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "males": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "brought_by",
                     *           "code": "family",
                     *           "label": "Family",
                     *           "current": {
                     *             "bodies": 1,
                     *             "males": 1,
                     *             "females": 0
                     *           },
                     *           "previous": {
                     *             "bodies": 0,
                     *             "males": 0,
                     *             "females": 0
                     *           },
                     *           "change": {
                     *             "bodies": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "males": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "bodies": 1,
                     *             "males": 1,
                     *             "females": 0
                     *           },
                     *           "previous": {
                     *             "bodies": 0,
                     *             "males": 0,
                     *             "females": 0
                     *           },
                     *           "change": {
                     *             "bodies": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "males": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ReturnedBodiesTableDto"];
                    /**
                     * @example year,previous_year,month,province,level,dimension,code,label,bodies,bodies_previous,bodies_change,bodies_change_percent,males,males_previous,males_change,males_change_percent,females,females_previous,females_change,females_change_percent
                     *     2020,2019,,,breakdown,place,doung,Doung International Checkpoint,1,0,1,,1,0,1,,0,0,0,
                     *     2020,2019,,,breakdown,cause,accident,Accident,1,0,1,,1,0,1,,0,0,0,
                     *     2020,2019,,,breakdown,brought_by,family,Family,1,0,1,,1,0,1,,0,0,0,
                     *     2020,2019,,,total,,,Total,1,0,1,,1,0,1,,0,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_policeReceptions: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-police-receptions-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "police_receptions",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": null,
                     *       "province": null,
                     *       "figures": [
                     *         "receptions",
                     *         "persons",
                     *         "females",
                     *         "minors"
                     *       ],
                     *       "dimensions": [
                     *         "province"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "province",
                     *           "code": "banteay-meanchey",
                     *           "label": "Banteay Meanchey",
                     *           "current": {
                     *             "receptions": 1,
                     *             "persons": 2000,
                     *             "females": 690,
                     *             "minors": 200
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 690,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 200,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "receptions": 1,
                     *             "persons": 2000,
                     *             "females": 690,
                     *             "minors": 200
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 690,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 200,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["PoliceReceptionsTableDto"];
                    /**
                     * @example year,previous_year,month,province,level,dimension,code,label,receptions,receptions_previous,receptions_change,receptions_change_percent,persons,persons_previous,persons_change,persons_change_percent,females,females_previous,females_change,females_change_percent,minors,minors_previous,minors_change,minors_change_percent
                     *     2020,2019,,,breakdown,province,banteay-meanchey,Banteay Meanchey,1,0,1,,2000,0,2000,,690,0,690,,200,0,200,
                     *     2020,2019,,,total,,,Total,1,0,1,,2000,0,2000,,690,0,690,,200,0,200,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_receptions: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Only the receptions of this receiving unit */
                receivedBy?: "mofaic" | "border-liaison-office" | "police-commissariat-phnom-penh" | "police-commissariat-banteay-meanchey" | "police-commissariat-battambang" | "police-commissariat-kampong-cham" | "police-commissariat-kampong-chhnang" | "police-commissariat-kampong-speu" | "police-commissariat-kampong-thom" | "police-commissariat-kampot" | "police-commissariat-kandal" | "police-commissariat-kep" | "police-commissariat-koh-kong" | "police-commissariat-kratie" | "police-commissariat-mondulkiri" | "police-commissariat-oddar-meanchey" | "police-commissariat-pailin" | "police-commissariat-preah-sihanouk" | "police-commissariat-preah-vihear" | "police-commissariat-prey-veng" | "police-commissariat-pursat" | "police-commissariat-ratanakiri" | "police-commissariat-siem-reap" | "police-commissariat-stung-treng" | "police-commissariat-svay-rieng" | "police-commissariat-takeo" | "police-commissariat-tboung-khmum" | "mosvy" | "dosvy-phnom-penh" | "dosvy-banteay-meanchey" | "dosvy-battambang" | "dosvy-kampong-cham" | "dosvy-kampong-chhnang" | "dosvy-kampong-speu" | "dosvy-kampong-thom" | "dosvy-kampot" | "dosvy-kandal" | "dosvy-kep" | "dosvy-koh-kong" | "dosvy-kratie" | "dosvy-mondulkiri" | "dosvy-oddar-meanchey" | "dosvy-pailin" | "dosvy-preah-sihanouk" | "dosvy-preah-vihear" | "dosvy-prey-veng" | "dosvy-pursat" | "dosvy-ratanakiri" | "dosvy-siem-reap" | "dosvy-stung-treng" | "dosvy-svay-rieng" | "dosvy-takeo" | "dosvy-tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-receptions-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "receptions",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": null,
                     *       "province": null,
                     *       "figures": [
                     *         "receptions",
                     *         "persons",
                     *         "men",
                     *         "women",
                     *         "boys",
                     *         "girls",
                     *         "females",
                     *         "minors"
                     *       ],
                     *       "dimensions": [
                     *         "place",
                     *         "returned_by",
                     *         "received_by_kind",
                     *         "received_by",
                     *         "country_returned_from",
                     *         "reason",
                     *         "embassy_country_reason"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "place",
                     *           "code": "poipet",
                     *           "label": "Poipet International Checkpoint",
                     *           "current": {
                     *             "receptions": 1,
                     *             "persons": 2000,
                     *             "men": 1200,
                     *             "women": 600,
                     *             "boys": 110,
                     *             "girls": 90,
                     *             "females": 690,
                     *             "minors": 200
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "men": 0,
                     *             "women": 0,
                     *             "boys": 0,
                     *             "girls": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "men": {
                     *               "absolute": 1200,
                     *               "percent": null
                     *             },
                     *             "women": {
                     *               "absolute": 600,
                     *               "percent": null
                     *             },
                     *             "boys": {
                     *               "absolute": 110,
                     *               "percent": null
                     *             },
                     *             "girls": {
                     *               "absolute": 90,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 690,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 200,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "place",
                     *           "code": "embassy-mys",
                     *           "label": "Embassy of Cambodia, Malaysia",
                     *           "current": {
                     *             "receptions": 1,
                     *             "persons": 54,
                     *             "men": 38,
                     *             "women": 16,
                     *             "boys": 0,
                     *             "girls": 0,
                     *             "females": 16,
                     *             "minors": 0
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "men": 0,
                     *             "women": 0,
                     *             "boys": 0,
                     *             "girls": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 54,
                     *               "percent": null
                     *             },
                     *             "men": {
                     *               "absolute": 38,
                     *               "percent": null
                     *             },
                     *             "women": {
                     *               "absolute": 16,
                     *               "percent": null
                     *             },
                     *             "boys": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "girls": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 16,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "returned_by",
                     *           "code": "foreign_authorities",
                     *           "label": "Foreign authorities",
                     *           "current": {
                     *             "receptions": 1,
                     *             "persons": 2000,
                     *             "men": 1200,
                     *             "women": 600,
                     *             "boys": 110,
                     *             "girls": 90,
                     *             "females": 690,
                     *             "minors": 200
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "men": 0,
                     *             "women": 0,
                     *             "boys": 0,
                     *             "girls": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "men": {
                     *               "absolute": 1200,
                     *               "percent": null
                     *             },
                     *             "women": {
                     *               "absolute": 600,
                     *               "percent": null
                     *             },
                     *             "boys": {
                     *               "absolute": 110,
                     *               "percent": null
                     *             },
                     *             "girls": {
                     *               "absolute": 90,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 690,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 200,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "receptions": 2,
                     *             "persons": 2054,
                     *             "men": 1238,
                     *             "women": 616,
                     *             "boys": 110,
                     *             "girls": 90,
                     *             "females": 706,
                     *             "minors": 200
                     *           },
                     *           "previous": {
                     *             "receptions": 0,
                     *             "persons": 0,
                     *             "men": 0,
                     *             "women": 0,
                     *             "boys": 0,
                     *             "girls": 0,
                     *             "females": 0,
                     *             "minors": 0
                     *           },
                     *           "change": {
                     *             "receptions": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "persons": {
                     *               "absolute": 2054,
                     *               "percent": null
                     *             },
                     *             "men": {
                     *               "absolute": 1238,
                     *               "percent": null
                     *             },
                     *             "women": {
                     *               "absolute": 616,
                     *               "percent": null
                     *             },
                     *             "boys": {
                     *               "absolute": 110,
                     *               "percent": null
                     *             },
                     *             "girls": {
                     *               "absolute": 90,
                     *               "percent": null
                     *             },
                     *             "females": {
                     *               "absolute": 706,
                     *               "percent": null
                     *             },
                     *             "minors": {
                     *               "absolute": 200,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["IntakeReceptionsTableDto"];
                    /**
                     * @example year,previous_year,month,province,level,dimension,code,label,receptions,receptions_previous,receptions_change,receptions_change_percent,persons,persons_previous,persons_change,persons_change_percent,men,men_previous,men_change,men_change_percent,women,women_previous,women_change,women_change_percent,boys,boys_previous,boys_change,boys_change_percent,girls,girls_previous,girls_change,girls_change_percent,females,females_previous,females_change,females_change_percent,minors,minors_previous,minors_change,minors_change_percent
                     *     2020,2019,,,breakdown,place,poipet,Poipet International Checkpoint,1,0,1,,2000,0,2000,,1200,0,1200,,600,0,600,,110,0,110,,90,0,90,,690,0,690,,200,0,200,
                     *     2020,2019,,,breakdown,place,embassy-mys,"Embassy of Cambodia, Malaysia",1,0,1,,54,0,54,,38,0,38,,16,0,16,,0,0,0,,0,0,0,,16,0,16,,0,0,0,
                     *     2020,2019,,,breakdown,returned_by,foreign_authorities,Foreign authorities,1,0,1,,2000,0,2000,,1200,0,1200,,600,0,600,,110,0,110,,90,0,90,,690,0,690,,200,0,200,
                     *     2020,2019,,,total,,,Total,2,0,2,,2054,0,2054,,1238,0,1238,,616,0,616,,110,0,110,,90,0,90,,706,0,706,,200,0,200,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_referralChain: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-referral-chain-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "referral_chain",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": null,
                     *       "province": null,
                     *       "figures": [
                     *         "referredToPolice",
                     *         "becamePoliceVictims",
                     *         "referredToProtection",
                     *         "protectionCasesOpened",
                     *         "policeRescues",
                     *         "rescuedAfterScreening"
                     *       ],
                     *       "dimensions": [
                     *         "place"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "place",
                     *           "code": "poipet",
                     *           "label": "Poipet International Checkpoint",
                     *           "current": {
                     *             "referredToPolice": 0,
                     *             "becamePoliceVictims": 0,
                     *             "referredToProtection": 1,
                     *             "protectionCasesOpened": 0,
                     *             "policeRescues": 0,
                     *             "rescuedAfterScreening": 0
                     *           },
                     *           "previous": {
                     *             "referredToPolice": 0,
                     *             "becamePoliceVictims": 0,
                     *             "referredToProtection": 0,
                     *             "protectionCasesOpened": 0,
                     *             "policeRescues": 0,
                     *             "rescuedAfterScreening": 0
                     *           },
                     *           "change": {
                     *             "referredToPolice": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "becamePoliceVictims": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referredToProtection": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "protectionCasesOpened": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "policeRescues": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "rescuedAfterScreening": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "referredToPolice": 0,
                     *             "becamePoliceVictims": 0,
                     *             "referredToProtection": 1,
                     *             "protectionCasesOpened": 0,
                     *             "policeRescues": 0,
                     *             "rescuedAfterScreening": 0
                     *           },
                     *           "previous": {
                     *             "referredToPolice": 0,
                     *             "becamePoliceVictims": 0,
                     *             "referredToProtection": 0,
                     *             "protectionCasesOpened": 0,
                     *             "policeRescues": 0,
                     *             "rescuedAfterScreening": 0
                     *           },
                     *           "change": {
                     *             "referredToPolice": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "becamePoliceVictims": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referredToProtection": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "protectionCasesOpened": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "policeRescues": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "rescuedAfterScreening": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ReferralChainTableDto"];
                    /**
                     * @example year,previous_year,month,province,level,dimension,code,label,referred_to_police,referred_to_police_previous,referred_to_police_change,referred_to_police_change_percent,became_police_victims,became_police_victims_previous,became_police_victims_change,became_police_victims_change_percent,referred_to_protection,referred_to_protection_previous,referred_to_protection_change,referred_to_protection_change_percent,protection_cases_opened,protection_cases_opened_previous,protection_cases_opened_change,protection_cases_opened_change_percent,police_rescues,police_rescues_previous,police_rescues_change,police_rescues_change_percent,rescued_after_screening,rescued_after_screening_previous,rescued_after_screening_change,rescued_after_screening_change_percent
                     *     2020,2019,,,breakdown,place,poipet,Poipet International Checkpoint,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     *     2020,2019,,,total,,,Total,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_screeningYield: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-screening-yield-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "screening_yield",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": 3,
                     *       "province": null,
                     *       "rows": [
                     *         {
                     *           "level": "month",
                     *           "place": "poipet",
                     *           "month": 3,
                     *           "label": "Poipet International Checkpoint, 03",
                     *           "current": {
                     *             "returnees": 2000,
                     *             "suspectedVictims": 1,
                     *             "perThousand": 0.5
                     *           },
                     *           "previous": {
                     *             "returnees": 0,
                     *             "suspectedVictims": 0,
                     *             "perThousand": null
                     *           },
                     *           "change": {
                     *             "returnees": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "suspectedVictims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "perThousand": null
                     *           }
                     *         },
                     *         {
                     *           "level": "place",
                     *           "place": "poipet",
                     *           "month": null,
                     *           "label": "Poipet International Checkpoint",
                     *           "current": {
                     *             "returnees": 2000,
                     *             "suspectedVictims": 1,
                     *             "perThousand": 0.5
                     *           },
                     *           "previous": {
                     *             "returnees": 0,
                     *             "suspectedVictims": 0,
                     *             "perThousand": null
                     *           },
                     *           "change": {
                     *             "returnees": {
                     *               "absolute": 2000,
                     *               "percent": null
                     *             },
                     *             "suspectedVictims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "perThousand": null
                     *           }
                     *         },
                     *         {
                     *           "level": "month",
                     *           "place": "embassy-mys",
                     *           "month": 3,
                     *           "label": "Embassy of Cambodia, Malaysia, 03",
                     *           "current": {
                     *             "returnees": 54,
                     *             "suspectedVictims": 0,
                     *             "perThousand": 0
                     *           },
                     *           "previous": {
                     *             "returnees": 0,
                     *             "suspectedVictims": 0,
                     *             "perThousand": null
                     *           },
                     *           "change": {
                     *             "returnees": {
                     *               "absolute": 54,
                     *               "percent": null
                     *             },
                     *             "suspectedVictims": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "perThousand": null
                     *           }
                     *         },
                     *         {
                     *           "level": "place",
                     *           "place": "embassy-mys",
                     *           "month": null,
                     *           "label": "Embassy of Cambodia, Malaysia",
                     *           "current": {
                     *             "returnees": 54,
                     *             "suspectedVictims": 0,
                     *             "perThousand": 0
                     *           },
                     *           "previous": {
                     *             "returnees": 0,
                     *             "suspectedVictims": 0,
                     *             "perThousand": null
                     *           },
                     *           "change": {
                     *             "returnees": {
                     *               "absolute": 54,
                     *               "percent": null
                     *             },
                     *             "suspectedVictims": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "perThousand": null
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "place": null,
                     *           "month": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "returnees": 2054,
                     *             "suspectedVictims": 1,
                     *             "perThousand": 0.49
                     *           },
                     *           "previous": {
                     *             "returnees": 0,
                     *             "suspectedVictims": 0,
                     *             "perThousand": null
                     *           },
                     *           "change": {
                     *             "returnees": {
                     *               "absolute": 2054,
                     *               "percent": null
                     *             },
                     *             "suspectedVictims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "perThousand": null
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ScreeningYieldDto"];
                    /**
                     * @example year,previous_year,province,level,place,month,label,returnees,returnees_previous,returnees_change,returnees_change_percent,suspected_victims,suspected_victims_previous,suspected_victims_change,suspected_victims_change_percent,per_thousand,per_thousand_previous,per_thousand_change
                     *     2020,2019,,month,poipet,3,"Poipet International Checkpoint, 03",2000,0,2000,,1,0,1,,0.5,,
                     *     2020,2019,,place,poipet,,Poipet International Checkpoint,2000,0,2000,,1,0,1,,0.5,,
                     *     2020,2019,,month,embassy-mys,3,"Embassy of Cambodia, Malaysia, 03",54,0,54,,0,0,0,,0,,
                     *     2020,2019,,place,embassy-mys,,"Embassy of Cambodia, Malaysia",54,0,54,,0,0,0,,0,,
                     *     2020,2019,,total,,,Total,2054,0,2054,,1,0,1,,0.49,,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    IntakeStatisticsController_screenings: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this month of the year (and the same month of the year before) */
                month?: number;
                /** @description Only figures counted in this province (the place's; see docs/statistics.md for each figure) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="intake-screenings-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "screenings",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "month": null,
                     *       "province": null,
                     *       "figures": [
                     *         "persons",
                     *         "personsAdultMale",
                     *         "personsAdultFemale",
                     *         "personsMinorMale",
                     *         "personsMinorFemale",
                     *         "referrals",
                     *         "referralsAdultMale",
                     *         "referralsAdultFemale",
                     *         "referralsMinorMale",
                     *         "referralsMinorFemale"
                     *       ],
                     *       "dimensions": [
                     *         "outcome",
                     *         "exploitation_type",
                     *         "place",
                     *         "destination"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "outcome",
                     *           "code": "suspected_victim",
                     *           "label": "Suspected victims of trafficking",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "referrals": 1,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "referrals": 0,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referrals": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referralsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "exploitation_type",
                     *           "code": "labour",
                     *           "label": "Labour exploitation",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "referrals": 1,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "referrals": 0,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referrals": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referralsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "place",
                     *           "code": "poipet",
                     *           "label": "Poipet International Checkpoint",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "referrals": 1,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "referrals": 0,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referrals": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referralsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "referrals": 1,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "referrals": 0,
                     *             "referralsAdultMale": 0,
                     *             "referralsAdultFemale": 0,
                     *             "referralsMinorMale": 0,
                     *             "referralsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referrals": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "referralsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "referralsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ScreeningsTableDto"];
                    /**
                     * @example year,previous_year,month,province,level,dimension,code,label,persons,persons_previous,persons_change,persons_change_percent,persons_adult_male,persons_adult_male_previous,persons_adult_male_change,persons_adult_male_change_percent,persons_adult_female,persons_adult_female_previous,persons_adult_female_change,persons_adult_female_change_percent,persons_minor_male,persons_minor_male_previous,persons_minor_male_change,persons_minor_male_change_percent,persons_minor_female,persons_minor_female_previous,persons_minor_female_change,persons_minor_female_change_percent,referrals,referrals_previous,referrals_change,referrals_change_percent,referrals_adult_male,referrals_adult_male_previous,referrals_adult_male_change,referrals_adult_male_change_percent,referrals_adult_female,referrals_adult_female_previous,referrals_adult_female_change,referrals_adult_female_change_percent,referrals_minor_male,referrals_minor_male_previous,referrals_minor_male_change,referrals_minor_male_change_percent,referrals_minor_female,referrals_minor_female_previous,referrals_minor_female_change,referrals_minor_female_change_percent
                     *     2020,2019,,,breakdown,outcome,suspected_victim,Suspected victims of trafficking,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,,breakdown,exploitation_type,labour,Labour exploitation,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,,breakdown,place,poipet,Poipet International Checkpoint,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,,total,,,Total,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtTablesStatisticsController_investigatingJudges: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="investigating-judges-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "investigating_judges",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": "battambang",
                     *       "figures": [
                     *         "cases",
                     *         "victims",
                     *         "victimsAdultMale",
                     *         "victimsAdultFemale",
                     *         "victimsMinorMale",
                     *         "victimsMinorFemale",
                     *         "accused",
                     *         "accusedAdultMale",
                     *         "accusedAdultFemale",
                     *         "accusedMinorMale",
                     *         "accusedMinorFemale",
                     *         "accusedAgeUnknownMale",
                     *         "accusedAgeUnknownFemale",
                     *         "inJail",
                     *         "inJailAdultMale",
                     *         "inJailAdultFemale",
                     *         "inJailMinorMale",
                     *         "inJailMinorFemale",
                     *         "inJailAgeUnknownMale",
                     *         "inJailAgeUnknownFemale",
                     *         "outOfJail",
                     *         "outOfJailAdultMale",
                     *         "outOfJailAdultFemale",
                     *         "outOfJailMinorMale",
                     *         "outOfJailMinorFemale",
                     *         "outOfJailAgeUnknownMale",
                     *         "outOfJailAgeUnknownFemale",
                     *         "sentToTrial",
                     *         "dismissed",
                     *         "processing"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "category",
                     *           "category": "sexual_exploitation",
                     *           "label": "Sexual exploitation",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "accused": 2,
                     *             "accusedAdultMale": 1,
                     *             "accusedAdultFemale": 1,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "inJail": 1,
                     *             "inJailAdultMale": 1,
                     *             "inJailAdultFemale": 0,
                     *             "inJailMinorMale": 0,
                     *             "inJailMinorFemale": 0,
                     *             "inJailAgeUnknownMale": 0,
                     *             "inJailAgeUnknownFemale": 0,
                     *             "outOfJail": 1,
                     *             "outOfJailAdultMale": 0,
                     *             "outOfJailAdultFemale": 1,
                     *             "outOfJailMinorMale": 0,
                     *             "outOfJailMinorFemale": 0,
                     *             "outOfJailAgeUnknownMale": 0,
                     *             "outOfJailAgeUnknownFemale": 0,
                     *             "sentToTrial": 1,
                     *             "dismissed": 0,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "accused": 0,
                     *             "accusedAdultMale": 0,
                     *             "accusedAdultFemale": 0,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "inJail": 0,
                     *             "inJailAdultMale": 0,
                     *             "inJailAdultFemale": 0,
                     *             "inJailMinorMale": 0,
                     *             "inJailMinorFemale": 0,
                     *             "inJailAgeUnknownMale": 0,
                     *             "inJailAgeUnknownFemale": 0,
                     *             "outOfJail": 0,
                     *             "outOfJailAdultMale": 0,
                     *             "outOfJailAdultFemale": 0,
                     *             "outOfJailMinorMale": 0,
                     *             "outOfJailMinorFemale": 0,
                     *             "outOfJailAgeUnknownMale": 0,
                     *             "outOfJailAgeUnknownFemale": 0,
                     *             "sentToTrial": 0,
                     *             "dismissed": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accused": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "accusedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "inJailAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "inJailAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "outOfJailAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "outOfJailMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "sentToTrial": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "dismissed": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "category": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "accused": 2,
                     *             "accusedAdultMale": 1,
                     *             "accusedAdultFemale": 1,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "inJail": 1,
                     *             "inJailAdultMale": 1,
                     *             "inJailAdultFemale": 0,
                     *             "inJailMinorMale": 0,
                     *             "inJailMinorFemale": 0,
                     *             "inJailAgeUnknownMale": 0,
                     *             "inJailAgeUnknownFemale": 0,
                     *             "outOfJail": 1,
                     *             "outOfJailAdultMale": 0,
                     *             "outOfJailAdultFemale": 1,
                     *             "outOfJailMinorMale": 0,
                     *             "outOfJailMinorFemale": 0,
                     *             "outOfJailAgeUnknownMale": 0,
                     *             "outOfJailAgeUnknownFemale": 0,
                     *             "sentToTrial": 1,
                     *             "dismissed": 0,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "accused": 0,
                     *             "accusedAdultMale": 0,
                     *             "accusedAdultFemale": 0,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "inJail": 0,
                     *             "inJailAdultMale": 0,
                     *             "inJailAdultFemale": 0,
                     *             "inJailMinorMale": 0,
                     *             "inJailMinorFemale": 0,
                     *             "inJailAgeUnknownMale": 0,
                     *             "inJailAgeUnknownFemale": 0,
                     *             "outOfJail": 0,
                     *             "outOfJailAdultMale": 0,
                     *             "outOfJailAdultFemale": 0,
                     *             "outOfJailMinorMale": 0,
                     *             "outOfJailMinorFemale": 0,
                     *             "outOfJailAgeUnknownMale": 0,
                     *             "outOfJailAgeUnknownFemale": 0,
                     *             "sentToTrial": 0,
                     *             "dismissed": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accused": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "accusedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "inJailAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "inJailAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "inJailAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "outOfJailAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "outOfJailMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "outOfJailAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "sentToTrial": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "dismissed": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["InvestigatingJudgesTableDto"];
                    /**
                     * @example year,previous_year,province,level,category,label,cases,cases_previous,cases_change,cases_change_percent,victims,victims_previous,victims_change,victims_change_percent,victims_adult_male,victims_adult_male_previous,victims_adult_male_change,victims_adult_male_change_percent,victims_adult_female,victims_adult_female_previous,victims_adult_female_change,victims_adult_female_change_percent,victims_minor_male,victims_minor_male_previous,victims_minor_male_change,victims_minor_male_change_percent,victims_minor_female,victims_minor_female_previous,victims_minor_female_change,victims_minor_female_change_percent,accused,accused_previous,accused_change,accused_change_percent,accused_adult_male,accused_adult_male_previous,accused_adult_male_change,accused_adult_male_change_percent,accused_adult_female,accused_adult_female_previous,accused_adult_female_change,accused_adult_female_change_percent,accused_minor_male,accused_minor_male_previous,accused_minor_male_change,accused_minor_male_change_percent,accused_minor_female,accused_minor_female_previous,accused_minor_female_change,accused_minor_female_change_percent,accused_age_unknown_male,accused_age_unknown_male_previous,accused_age_unknown_male_change,accused_age_unknown_male_change_percent,accused_age_unknown_female,accused_age_unknown_female_previous,accused_age_unknown_female_change,accused_age_unknown_female_change_percent,in_jail,in_jail_previous,in_jail_change,in_jail_change_percent,in_jail_adult_male,in_jail_adult_male_previous,in_jail_adult_male_change,in_jail_adult_male_change_percent,in_jail_adult_female,in_jail_adult_female_previous,in_jail_adult_female_change,in_jail_adult_female_change_percent,in_jail_minor_male,in_jail_minor_male_previous,in_jail_minor_male_change,in_jail_minor_male_change_percent,in_jail_minor_female,in_jail_minor_female_previous,in_jail_minor_female_change,in_jail_minor_female_change_percent,in_jail_age_unknown_male,in_jail_age_unknown_male_previous,in_jail_age_unknown_male_change,in_jail_age_unknown_male_change_percent,in_jail_age_unknown_female,in_jail_age_unknown_female_previous,in_jail_age_unknown_female_change,in_jail_age_unknown_female_change_percent,out_of_jail,out_of_jail_previous,out_of_jail_change,out_of_jail_change_percent,out_of_jail_adult_male,out_of_jail_adult_male_previous,out_of_jail_adult_male_change,out_of_jail_adult_male_change_percent,out_of_jail_adult_female,out_of_jail_adult_female_previous,out_of_jail_adult_female_change,out_of_jail_adult_female_change_percent,out_of_jail_minor_male,out_of_jail_minor_male_previous,out_of_jail_minor_male_change,out_of_jail_minor_male_change_percent,out_of_jail_minor_female,out_of_jail_minor_female_previous,out_of_jail_minor_female_change,out_of_jail_minor_female_change_percent,out_of_jail_age_unknown_male,out_of_jail_age_unknown_male_previous,out_of_jail_age_unknown_male_change,out_of_jail_age_unknown_male_change_percent,out_of_jail_age_unknown_female,out_of_jail_age_unknown_female_previous,out_of_jail_age_unknown_female_change,out_of_jail_age_unknown_female_change_percent,sent_to_trial,sent_to_trial_previous,sent_to_trial_change,sent_to_trial_change_percent,dismissed,dismissed_previous,dismissed_change,dismissed_change_percent,processing,processing_previous,processing_change,processing_change_percent
                     *     2020,2019,battambang,category,sexual_exploitation,Sexual exploitation,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,
                     *     2020,2019,battambang,total,,Total,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    JusticeStatisticsController_justiceFunnel: {
        parameters: {
            query: {
                /** @description Count the steps reached by this day (included); today in Cambodia when omitted. From 1 January of year to today. */
                asOf?: string;
                /** @description Only this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2020,
                     *       "asOf": "2021-06-30",
                     *       "steps": [
                     *         "forwarded",
                     *         "received",
                     *         "charged",
                     *         "sentToTrial",
                     *         "convicted",
                     *         "acquitted",
                     *         "judgmentPending"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "province",
                     *           "province": "battambang",
                     *           "label": "Battambang",
                     *           "counts": {
                     *             "forwarded": 1,
                     *             "received": 1,
                     *             "charged": 1,
                     *             "sentToTrial": 1,
                     *             "convicted": 1,
                     *             "acquitted": 0,
                     *             "judgmentPending": 0
                     *           },
                     *           "percentOfForwarded": {
                     *             "forwarded": 100,
                     *             "received": 100,
                     *             "charged": 100,
                     *             "sentToTrial": 100,
                     *             "convicted": 100,
                     *             "acquitted": 0,
                     *             "judgmentPending": 0
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "province": null,
                     *           "label": "Total",
                     *           "counts": {
                     *             "forwarded": 1,
                     *             "received": 1,
                     *             "charged": 1,
                     *             "sentToTrial": 1,
                     *             "convicted": 1,
                     *             "acquitted": 0,
                     *             "judgmentPending": 0
                     *           },
                     *           "percentOfForwarded": {
                     *             "forwarded": 100,
                     *             "received": 100,
                     *             "charged": 100,
                     *             "sentToTrial": 100,
                     *             "convicted": 100,
                     *             "acquitted": 0,
                     *             "judgmentPending": 0
                     *           }
                     *         }
                     *       ],
                     *       "province": "battambang",
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["JusticeFunnelDto"];
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    LawEnforcementStatisticsController_lawEnforcement: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only cases handled in this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description Only cases opened by this reporting unit */
                unit?: "ahtjp-national" | "anti-cyber-crime-national" | "gendarmerie-national" | "police-phnom-penh" | "police-banteay-meanchey" | "police-battambang" | "police-kampong-cham" | "police-kampong-chhnang" | "police-kampong-speu" | "police-kampong-thom" | "police-kampot" | "police-kandal" | "police-kep" | "police-koh-kong" | "police-kratie" | "police-mondulkiri" | "police-oddar-meanchey" | "police-pailin" | "police-preah-sihanouk" | "police-preah-vihear" | "police-prey-veng" | "police-pursat" | "police-ratanakiri" | "police-siem-reap" | "police-stung-treng" | "police-svay-rieng" | "police-takeo" | "police-tboung-khmum" | "gendarmerie-phnom-penh" | "gendarmerie-banteay-meanchey" | "gendarmerie-battambang" | "gendarmerie-kampong-cham" | "gendarmerie-kampong-chhnang" | "gendarmerie-kampong-speu" | "gendarmerie-kampong-thom" | "gendarmerie-kampot" | "gendarmerie-kandal" | "gendarmerie-kep" | "gendarmerie-koh-kong" | "gendarmerie-kratie" | "gendarmerie-mondulkiri" | "gendarmerie-oddar-meanchey" | "gendarmerie-pailin" | "gendarmerie-preah-sihanouk" | "gendarmerie-preah-vihear" | "gendarmerie-prey-veng" | "gendarmerie-pursat" | "gendarmerie-ratanakiri" | "gendarmerie-siem-reap" | "gendarmerie-stung-treng" | "gendarmerie-svay-rieng" | "gendarmerie-takeo" | "gendarmerie-tboung-khmum";
                /** @description The year; the table also shows the year before */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="law-enforcement-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": "battambang",
                     *       "unitCode": null,
                     *       "figures": [
                     *         "cases",
                     *         "victims",
                     *         "victimsUnder15",
                     *         "victims15To17",
                     *         "victims18Plus",
                     *         "victimsToSocialAffairs",
                     *         "victimsToFamily",
                     *         "victimsToPartnerOrganisation",
                     *         "victimsNotHandedOver",
                     *         "suspectsArrested",
                     *         "suspectsFemale",
                     *         "suspectsMinor",
                     *         "suspectsForeign"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "offence",
                     *           "offence": "procuring",
                     *           "category": "sexual_exploitation",
                     *           "label": "Procuring",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 1,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 1,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 1,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 1
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 0,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 0,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 0,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsUnder15": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victims15To17": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims18Plus": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToSocialAffairs": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsToFamily": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToPartnerOrganisation": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsNotHandedOver": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsArrested": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "suspectsFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsMinor": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsForeign": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           },
                     *           "foreignNationalities": {
                     *             "current": {
                     *               "VNM": 1
                     *             },
                     *             "previous": {}
                     *           }
                     *         },
                     *         {
                     *           "level": "category",
                     *           "offence": null,
                     *           "category": "sexual_exploitation",
                     *           "label": "Sexual exploitation",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 1,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 1,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 1,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 1
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 0,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 0,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 0,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsUnder15": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victims15To17": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims18Plus": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToSocialAffairs": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsToFamily": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToPartnerOrganisation": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsNotHandedOver": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsArrested": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "suspectsFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsMinor": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsForeign": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           },
                     *           "foreignNationalities": {
                     *             "current": {
                     *               "VNM": 1
                     *             },
                     *             "previous": {}
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "offence": null,
                     *           "category": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 1,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 1,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 1,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 1
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsUnder15": 0,
                     *             "victims15To17": 0,
                     *             "victims18Plus": 0,
                     *             "victimsToSocialAffairs": 0,
                     *             "victimsToFamily": 0,
                     *             "victimsToPartnerOrganisation": 0,
                     *             "victimsNotHandedOver": 0,
                     *             "suspectsArrested": 0,
                     *             "suspectsFemale": 0,
                     *             "suspectsMinor": 0,
                     *             "suspectsForeign": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsUnder15": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victims15To17": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims18Plus": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToSocialAffairs": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsToFamily": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsToPartnerOrganisation": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsNotHandedOver": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsArrested": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "suspectsFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsMinor": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspectsForeign": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           },
                     *           "foreignNationalities": {
                     *             "current": {
                     *               "VNM": 1
                     *             },
                     *             "previous": {}
                     *           }
                     *         }
                     *       ],
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["LawEnforcementTableDto"];
                    /**
                     * @example year,previous_year,province,unit,level,category,offence_code,label,cases,cases_previous,cases_change,cases_change_percent,victims,victims_previous,victims_change,victims_change_percent,victims_under_15,victims_under_15_previous,victims_under_15_change,victims_under_15_change_percent,victims_15_17,victims_15_17_previous,victims_15_17_change,victims_15_17_change_percent,victims_18_plus,victims_18_plus_previous,victims_18_plus_change,victims_18_plus_change_percent,victims_to_social_affairs,victims_to_social_affairs_previous,victims_to_social_affairs_change,victims_to_social_affairs_change_percent,victims_to_family,victims_to_family_previous,victims_to_family_change,victims_to_family_change_percent,victims_to_partner_organisation,victims_to_partner_organisation_previous,victims_to_partner_organisation_change,victims_to_partner_organisation_change_percent,victims_not_handed_over,victims_not_handed_over_previous,victims_not_handed_over_change,victims_not_handed_over_change_percent,suspects_arrested,suspects_arrested_previous,suspects_arrested_change,suspects_arrested_change_percent,suspects_female,suspects_female_previous,suspects_female_change,suspects_female_change_percent,suspects_minor,suspects_minor_previous,suspects_minor_change,suspects_minor_change_percent,suspects_foreign,suspects_foreign_previous,suspects_foreign_change,suspects_foreign_change_percent,foreign_nationalities,foreign_nationalities_previous
                     *     2020,2019,battambang,,offence,sexual_exploitation,procuring,Procuring,1,0,1,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,1,0,1,,VNM 1,
                     *     2020,2019,battambang,,category,sexual_exploitation,,Sexual exploitation,1,0,1,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,1,0,1,,VNM 1,
                     *     2020,2019,battambang,,total,,,Total,1,0,1,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,1,0,1,,VNM 1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtTablesStatisticsController_prosecution: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="prosecution-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "prosecution",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": "battambang",
                     *       "figures": [
                     *         "cases",
                     *         "victims",
                     *         "victimsAdultMale",
                     *         "victimsAdultFemale",
                     *         "victimsMinorMale",
                     *         "victimsMinorFemale",
                     *         "chargedPersons",
                     *         "chargedAdultMale",
                     *         "chargedAdultFemale",
                     *         "chargedMinorMale",
                     *         "chargedMinorFemale",
                     *         "chargedAgeUnknownMale",
                     *         "chargedAgeUnknownFemale",
                     *         "submittedForInvestigation",
                     *         "retainedWithoutProcessing",
                     *         "submittedForTrial",
                     *         "processing"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "category",
                     *           "category": "sexual_exploitation",
                     *           "label": "Sexual exploitation",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "chargedPersons": 2,
                     *             "chargedAdultMale": 1,
                     *             "chargedAdultFemale": 1,
                     *             "chargedMinorMale": 0,
                     *             "chargedMinorFemale": 0,
                     *             "chargedAgeUnknownMale": 0,
                     *             "chargedAgeUnknownFemale": 0,
                     *             "submittedForInvestigation": 1,
                     *             "retainedWithoutProcessing": 0,
                     *             "submittedForTrial": 0,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "chargedPersons": 0,
                     *             "chargedAdultMale": 0,
                     *             "chargedAdultFemale": 0,
                     *             "chargedMinorMale": 0,
                     *             "chargedMinorFemale": 0,
                     *             "chargedAgeUnknownMale": 0,
                     *             "chargedAgeUnknownFemale": 0,
                     *             "submittedForInvestigation": 0,
                     *             "retainedWithoutProcessing": 0,
                     *             "submittedForTrial": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedPersons": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "chargedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "submittedForInvestigation": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "retainedWithoutProcessing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "submittedForTrial": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "category": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "chargedPersons": 2,
                     *             "chargedAdultMale": 1,
                     *             "chargedAdultFemale": 1,
                     *             "chargedMinorMale": 0,
                     *             "chargedMinorFemale": 0,
                     *             "chargedAgeUnknownMale": 0,
                     *             "chargedAgeUnknownFemale": 0,
                     *             "submittedForInvestigation": 1,
                     *             "retainedWithoutProcessing": 0,
                     *             "submittedForTrial": 0,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "chargedPersons": 0,
                     *             "chargedAdultMale": 0,
                     *             "chargedAdultFemale": 0,
                     *             "chargedMinorMale": 0,
                     *             "chargedMinorFemale": 0,
                     *             "chargedAgeUnknownMale": 0,
                     *             "chargedAgeUnknownFemale": 0,
                     *             "submittedForInvestigation": 0,
                     *             "retainedWithoutProcessing": 0,
                     *             "submittedForTrial": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedPersons": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "chargedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "chargedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "chargedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "submittedForInvestigation": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "retainedWithoutProcessing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "submittedForTrial": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["ProsecutionTableDto"];
                    /**
                     * @example year,previous_year,province,level,category,label,cases,cases_previous,cases_change,cases_change_percent,victims,victims_previous,victims_change,victims_change_percent,victims_adult_male,victims_adult_male_previous,victims_adult_male_change,victims_adult_male_change_percent,victims_adult_female,victims_adult_female_previous,victims_adult_female_change,victims_adult_female_change_percent,victims_minor_male,victims_minor_male_previous,victims_minor_male_change,victims_minor_male_change_percent,victims_minor_female,victims_minor_female_previous,victims_minor_female_change,victims_minor_female_change_percent,charged_persons,charged_persons_previous,charged_persons_change,charged_persons_change_percent,charged_adult_male,charged_adult_male_previous,charged_adult_male_change,charged_adult_male_change_percent,charged_adult_female,charged_adult_female_previous,charged_adult_female_change,charged_adult_female_change_percent,charged_minor_male,charged_minor_male_previous,charged_minor_male_change,charged_minor_male_change_percent,charged_minor_female,charged_minor_female_previous,charged_minor_female_change,charged_minor_female_change_percent,charged_age_unknown_male,charged_age_unknown_male_previous,charged_age_unknown_male_change,charged_age_unknown_male_change_percent,charged_age_unknown_female,charged_age_unknown_female_previous,charged_age_unknown_female_change,charged_age_unknown_female_change_percent,submitted_for_investigation,submitted_for_investigation_previous,submitted_for_investigation_change,submitted_for_investigation_change_percent,retained_without_processing,retained_without_processing_previous,retained_without_processing_change,retained_without_processing_change_percent,submitted_for_trial,submitted_for_trial_previous,submitted_for_trial_change,submitted_for_trial_change_percent,processing,processing_previous,processing_change,processing_change_percent
                     *     2020,2019,battambang,category,sexual_exploitation,Sexual exploitation,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     *     2020,2019,battambang,total,,Total,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_compensation: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="protection-compensation-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "compensation",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": null,
                     *       "figures": [
                     *         "claimsFiled",
                     *         "victimsAwarded",
                     *         "victimsReceived"
                     *       ],
                     *       "currencies": [
                     *         "USD"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "organisation",
                     *           "organisation": "ngo-chab-dai",
                     *           "kind": "partner_organisation",
                     *           "label": "Chab Dai Coalition",
                     *           "current": {
                     *             "counts": {
                     *               "claimsFiled": 1,
                     *               "victimsAwarded": 1,
                     *               "victimsReceived": 1
                     *             },
                     *             "awarded": {
                     *               "USD": 100000
                     *             },
                     *             "received": {
                     *               "USD": 100000
                     *             }
                     *           },
                     *           "previous": {
                     *             "counts": {
                     *               "claimsFiled": 0,
                     *               "victimsAwarded": 0,
                     *               "victimsReceived": 0
                     *             },
                     *             "awarded": {
                     *               "USD": 0
                     *             },
                     *             "received": {
                     *               "USD": 0
                     *             }
                     *           },
                     *           "change": {
                     *             "counts": {
                     *               "claimsFiled": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "victimsAwarded": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "victimsReceived": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               }
                     *             },
                     *             "awarded": {
                     *               "USD": {
                     *                 "absolute": 100000,
                     *                 "percent": null
                     *               }
                     *             },
                     *             "received": {
                     *               "USD": {
                     *                 "absolute": 100000,
                     *                 "percent": null
                     *               }
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "organisation": null,
                     *           "kind": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "counts": {
                     *               "claimsFiled": 1,
                     *               "victimsAwarded": 1,
                     *               "victimsReceived": 1
                     *             },
                     *             "awarded": {
                     *               "USD": 100000
                     *             },
                     *             "received": {
                     *               "USD": 100000
                     *             }
                     *           },
                     *           "previous": {
                     *             "counts": {
                     *               "claimsFiled": 0,
                     *               "victimsAwarded": 0,
                     *               "victimsReceived": 0
                     *             },
                     *             "awarded": {
                     *               "USD": 0
                     *             },
                     *             "received": {
                     *               "USD": 0
                     *             }
                     *           },
                     *           "change": {
                     *             "counts": {
                     *               "claimsFiled": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "victimsAwarded": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "victimsReceived": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               }
                     *             },
                     *             "awarded": {
                     *               "USD": {
                     *                 "absolute": 100000,
                     *                 "percent": null
                     *               }
                     *             },
                     *             "received": {
                     *               "USD": {
                     *                 "absolute": 100000,
                     *                 "percent": null
                     *               }
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["CompensationTableDto"];
                    /**
                     * @example year,previous_year,province,level,organisation,organisation_kind,label,claims_filed,claims_filed_previous,claims_filed_change,claims_filed_change_percent,victims_awarded,victims_awarded_previous,victims_awarded_change,victims_awarded_change_percent,victims_received,victims_received_previous,victims_received_change,victims_received_change_percent,awarded_usd_minor,awarded_usd_minor_previous,awarded_usd_minor_change,awarded_usd_minor_change_percent,received_usd_minor,received_usd_minor_previous,received_usd_minor_change,received_usd_minor_change_percent
                     *     2020,2019,,organisation,ngo-chab-dai,partner_organisation,Chab Dai Coalition,1,0,1,,1,0,1,,1,0,1,,100000,0,100000,,100000,0,100000,
                     *     2020,2019,,total,,,Total,1,0,1,,1,0,1,,1,0,1,,100000,0,100000,,100000,0,100000,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_followUps: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="protection-follow-ups-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "follow_ups",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": null,
                     *       "figures": [
                     *         "persons",
                     *         "personsAdultMale",
                     *         "personsAdultFemale",
                     *         "personsMinorMale",
                     *         "personsMinorFemale",
                     *         "visits"
                     *       ],
                     *       "dimensions": [
                     *         "outcome",
                     *         "visited_by"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "outcome",
                     *           "code": "stable",
                     *           "label": "Stable",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "visits": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "visits": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "visits": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "visited_by",
                     *           "code": "provincial_department",
                     *           "label": "Provincial Departments of Social Affairs",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "visits": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "visits": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "visits": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "visits": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "visits": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "visits": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["FollowUpsTableDto"];
                    /**
                     * @example year,previous_year,province,level,dimension,code,label,persons,persons_previous,persons_change,persons_change_percent,persons_adult_male,persons_adult_male_previous,persons_adult_male_change,persons_adult_male_change_percent,persons_adult_female,persons_adult_female_previous,persons_adult_female_change,persons_adult_female_change_percent,persons_minor_male,persons_minor_male_previous,persons_minor_male_change,persons_minor_male_change_percent,persons_minor_female,persons_minor_female_previous,persons_minor_female_change,persons_minor_female_change_percent,visits,visits_previous,visits_change,visits_change_percent
                     *     2020,2019,,breakdown,outcome,stable,Stable,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     *     2020,2019,,breakdown,visited_by,provincial_department,Provincial Departments of Social Affairs,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     *     2020,2019,,total,,,Total,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_integrationDurations: {
        parameters: {
            query: {
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "measures": [
                     *         "rescueToIntegration",
                     *         "receptionToIntegration"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "province",
                     *           "province": "kampot",
                     *           "label": "Kampot",
                     *           "current": {
                     *             "rescueToIntegration": {
                     *               "count": 1,
                     *               "medianDays": 246,
                     *               "p90Days": 246
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": 1,
                     *               "medianDays": 245,
                     *               "p90Days": 245
                     *             }
                     *           },
                     *           "previous": {
                     *             "rescueToIntegration": {
                     *               "count": 0,
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": 0,
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             }
                     *           },
                     *           "change": {
                     *             "rescueToIntegration": {
                     *               "count": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "province": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "rescueToIntegration": {
                     *               "count": 1,
                     *               "medianDays": 246,
                     *               "p90Days": 246
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": 1,
                     *               "medianDays": 245,
                     *               "p90Days": 245
                     *             }
                     *           },
                     *           "previous": {
                     *             "rescueToIntegration": {
                     *               "count": 0,
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": 0,
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             }
                     *           },
                     *           "change": {
                     *             "rescueToIntegration": {
                     *               "count": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             },
                     *             "receptionToIntegration": {
                     *               "count": {
                     *                 "absolute": 1,
                     *                 "percent": null
                     *               },
                     *               "medianDays": null,
                     *               "p90Days": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "province": "kampot",
                     *       "provinces": [
                     *         "kampot"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationDurationsDto"];
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_integrations: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="protection-integrations-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "integrations",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": null,
                     *       "figures": [
                     *         "integrations",
                     *         "integrationsAdultMale",
                     *         "integrationsAdultFemale",
                     *         "integrationsMinorMale",
                     *         "integrationsMinorFemale"
                     *       ],
                     *       "dimensions": [
                     *         "integrated_by",
                     *         "exploitation_type"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "integrated_by",
                     *           "code": "partner_organisation",
                     *           "label": "Partner organisations",
                     *           "current": {
                     *             "integrations": 1,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "integrations": 0,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "integrations": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "exploitation_type",
                     *           "code": "sexual",
                     *           "label": "Sex trade",
                     *           "current": {
                     *             "integrations": 1,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "integrations": 0,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "integrations": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "integrations": 1,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "integrations": 0,
                     *             "integrationsAdultMale": 0,
                     *             "integrationsAdultFemale": 0,
                     *             "integrationsMinorMale": 0,
                     *             "integrationsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "integrations": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "integrationsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["IntegrationsTableDto"];
                    /**
                     * @example year,previous_year,province,level,dimension,code,label,integrations,integrations_previous,integrations_change,integrations_change_percent,integrations_adult_male,integrations_adult_male_previous,integrations_adult_male_change,integrations_adult_male_change_percent,integrations_adult_female,integrations_adult_female_previous,integrations_adult_female_change,integrations_adult_female_change_percent,integrations_minor_male,integrations_minor_male_previous,integrations_minor_male_change,integrations_minor_male_change_percent,integrations_minor_female,integrations_minor_female_previous,integrations_minor_female_change,integrations_minor_female_change_percent
                     *     2020,2019,,breakdown,integrated_by,partner_organisation,Partner organisations,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,breakdown,exploitation_type,sexual,Sex trade,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,total,,,Total,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_received: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="protection-received-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "received",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": null,
                     *       "figures": [
                     *         "persons",
                     *         "personsAdultMale",
                     *         "personsAdultFemale",
                     *         "personsMinorMale",
                     *         "personsMinorFemale"
                     *       ],
                     *       "dimensions": [
                     *         "channel",
                     *         "entry_point",
                     *         "country_returned_from",
                     *         "exploitation_type"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "channel",
                     *           "code": "police_hand_over",
                     *           "label": "Handed over by the police",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "channel",
                     *           "code": "overseas_authorities",
                     *           "label": "From overseas authorities",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 1,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "entry_point",
                     *           "code": "poipet",
                     *           "label": "Poipet International Checkpoint",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 1,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "persons": 2,
                     *             "personsAdultMale": 1,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ReceivedTableDto"];
                    /**
                     * @example year,previous_year,province,level,dimension,code,label,persons,persons_previous,persons_change,persons_change_percent,persons_adult_male,persons_adult_male_previous,persons_adult_male_change,persons_adult_male_change_percent,persons_adult_female,persons_adult_female_previous,persons_adult_female_change,persons_adult_female_change_percent,persons_minor_male,persons_minor_male_previous,persons_minor_male_change,persons_minor_male_change_percent,persons_minor_female,persons_minor_female_previous,persons_minor_female_change,persons_minor_female_change_percent
                     *     2020,2019,,breakdown,channel,police_hand_over,Handed over by the police,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,
                     *     2020,2019,,breakdown,channel,overseas_authorities,From overseas authorities,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     *     2020,2019,,breakdown,entry_point,poipet,Poipet International Checkpoint,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,
                     *     2020,2019,,total,,,Total,2,0,2,,1,0,1,,0,0,0,,0,0,0,,1,0,1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProtectionStatisticsController_shelterAdmissions: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only figures counted in this province (the case's province at each event) */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="protection-shelter-admissions-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "shelter_admissions",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": null,
                     *       "figures": [
                     *         "persons",
                     *         "personsAdultMale",
                     *         "personsAdultFemale",
                     *         "personsMinorMale",
                     *         "personsMinorFemale",
                     *         "admissions"
                     *       ],
                     *       "dimensions": [
                     *         "exploitation_type",
                     *         "sent_by"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "exploitation_type",
                     *           "code": "sexual",
                     *           "label": "Sex trade",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "admissions": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "admissions": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "admissions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "breakdown",
                     *           "dimension": "sent_by",
                     *           "code": "provincial_department",
                     *           "label": "Provincial Departments of Social Affairs",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "admissions": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "admissions": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "admissions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "dimension": null,
                     *           "code": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "persons": 1,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 1,
                     *             "admissions": 1
                     *           },
                     *           "previous": {
                     *             "persons": 0,
                     *             "personsAdultMale": 0,
                     *             "personsAdultFemale": 0,
                     *             "personsMinorMale": 0,
                     *             "personsMinorFemale": 0,
                     *             "admissions": 0
                     *           },
                     *           "change": {
                     *             "persons": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "personsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "personsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "admissions": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": null
                     *     }
                     */
                    "application/json": components["schemas"]["ShelterAdmissionsTableDto"];
                    /**
                     * @example year,previous_year,province,level,dimension,code,label,persons,persons_previous,persons_change,persons_change_percent,persons_adult_male,persons_adult_male_previous,persons_adult_male_change,persons_adult_male_change_percent,persons_adult_female,persons_adult_female_previous,persons_adult_female_change,persons_adult_female_change_percent,persons_minor_male,persons_minor_male_previous,persons_minor_male_change,persons_minor_male_change_percent,persons_minor_female,persons_minor_female_previous,persons_minor_female_change,persons_minor_female_change_percent,admissions,admissions_previous,admissions_change,admissions_change_percent
                     *     2020,2019,,breakdown,exploitation_type,sexual,Sex trade,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     *     2020,2019,,breakdown,sent_by,provincial_department,Provincial Departments of Social Affairs,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     *     2020,2019,,total,,,Total,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    CourtTablesStatisticsController_trial: {
        parameters: {
            query: {
                /** @description csv: same as Accept: text/csv */
                format?: "json" | "csv";
                /** @description Only this province */
                province?: "phnom-penh" | "banteay-meanchey" | "battambang" | "kampong-cham" | "kampong-chhnang" | "kampong-speu" | "kampong-thom" | "kampot" | "kandal" | "kep" | "koh-kong" | "kratie" | "mondulkiri" | "oddar-meanchey" | "pailin" | "preah-sihanouk" | "preah-vihear" | "prey-veng" | "pursat" | "ratanakiri" | "siem-reap" | "stung-treng" | "svay-rieng" | "takeo" | "tboung-khmum";
                /** @description The year */
                year: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The table (JSON), or the same rows as a CSV attachment (UTF-8 with BOM, CRLF) */
            200: {
                headers: {
                    /** @description CSV only: attachment; filename="trial-<year>.csv" */
                    "Content-Disposition"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "table": "trial",
                     *       "year": 2020,
                     *       "previousYear": 2019,
                     *       "province": "battambang",
                     *       "figures": [
                     *         "cases",
                     *         "victims",
                     *         "victimsAdultMale",
                     *         "victimsAdultFemale",
                     *         "victimsMinorMale",
                     *         "victimsMinorFemale",
                     *         "accused",
                     *         "accusedAdultMale",
                     *         "accusedAdultFemale",
                     *         "accusedMinorMale",
                     *         "accusedMinorFemale",
                     *         "accusedAgeUnknownMale",
                     *         "accusedAgeUnknownFemale",
                     *         "suspendedSentence",
                     *         "fine",
                     *         "acquittal",
                     *         "deferral",
                     *         "imprisonment",
                     *         "imprisonmentInCustody",
                     *         "imprisonmentAtLiberty",
                     *         "releasedOnBail",
                     *         "processing"
                     *       ],
                     *       "rows": [
                     *         {
                     *           "level": "category",
                     *           "category": "sexual_exploitation",
                     *           "label": "Sexual exploitation",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "accused": 2,
                     *             "accusedAdultMale": 1,
                     *             "accusedAdultFemale": 1,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "suspendedSentence": 0,
                     *             "fine": 0,
                     *             "acquittal": 0,
                     *             "deferral": 0,
                     *             "imprisonment": 1,
                     *             "imprisonmentInCustody": 1,
                     *             "imprisonmentAtLiberty": 0,
                     *             "releasedOnBail": 1,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "accused": 0,
                     *             "accusedAdultMale": 0,
                     *             "accusedAdultFemale": 0,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "suspendedSentence": 0,
                     *             "fine": 0,
                     *             "acquittal": 0,
                     *             "deferral": 0,
                     *             "imprisonment": 0,
                     *             "imprisonmentInCustody": 0,
                     *             "imprisonmentAtLiberty": 0,
                     *             "releasedOnBail": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accused": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "accusedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspendedSentence": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "fine": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "acquittal": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "deferral": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "imprisonment": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "imprisonmentInCustody": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "imprisonmentAtLiberty": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "releasedOnBail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         },
                     *         {
                     *           "level": "total",
                     *           "category": null,
                     *           "label": "Total",
                     *           "current": {
                     *             "cases": 1,
                     *             "victims": 1,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 1,
                     *             "accused": 2,
                     *             "accusedAdultMale": 1,
                     *             "accusedAdultFemale": 1,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "suspendedSentence": 0,
                     *             "fine": 0,
                     *             "acquittal": 0,
                     *             "deferral": 0,
                     *             "imprisonment": 1,
                     *             "imprisonmentInCustody": 1,
                     *             "imprisonmentAtLiberty": 0,
                     *             "releasedOnBail": 1,
                     *             "processing": 0
                     *           },
                     *           "previous": {
                     *             "cases": 0,
                     *             "victims": 0,
                     *             "victimsAdultMale": 0,
                     *             "victimsAdultFemale": 0,
                     *             "victimsMinorMale": 0,
                     *             "victimsMinorFemale": 0,
                     *             "accused": 0,
                     *             "accusedAdultMale": 0,
                     *             "accusedAdultFemale": 0,
                     *             "accusedMinorMale": 0,
                     *             "accusedMinorFemale": 0,
                     *             "accusedAgeUnknownMale": 0,
                     *             "accusedAgeUnknownFemale": 0,
                     *             "suspendedSentence": 0,
                     *             "fine": 0,
                     *             "acquittal": 0,
                     *             "deferral": 0,
                     *             "imprisonment": 0,
                     *             "imprisonmentInCustody": 0,
                     *             "imprisonmentAtLiberty": 0,
                     *             "releasedOnBail": 0,
                     *             "processing": 0
                     *           },
                     *           "change": {
                     *             "cases": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victims": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "victimsAdultMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsAdultFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "victimsMinorFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accused": {
                     *               "absolute": 2,
                     *               "percent": null
                     *             },
                     *             "accusedAdultMale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedAdultFemale": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "accusedMinorMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedMinorFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownMale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "accusedAgeUnknownFemale": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "suspendedSentence": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "fine": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "acquittal": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "deferral": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "imprisonment": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "imprisonmentInCustody": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "imprisonmentAtLiberty": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             },
                     *             "releasedOnBail": {
                     *               "absolute": 1,
                     *               "percent": null
                     *             },
                     *             "processing": {
                     *               "absolute": 0,
                     *               "percent": null
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "provinces": [
                     *         "battambang"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["TrialTableDto"];
                    /**
                     * @example year,previous_year,province,level,category,label,cases,cases_previous,cases_change,cases_change_percent,victims,victims_previous,victims_change,victims_change_percent,victims_adult_male,victims_adult_male_previous,victims_adult_male_change,victims_adult_male_change_percent,victims_adult_female,victims_adult_female_previous,victims_adult_female_change,victims_adult_female_change_percent,victims_minor_male,victims_minor_male_previous,victims_minor_male_change,victims_minor_male_change_percent,victims_minor_female,victims_minor_female_previous,victims_minor_female_change,victims_minor_female_change_percent,accused,accused_previous,accused_change,accused_change_percent,accused_adult_male,accused_adult_male_previous,accused_adult_male_change,accused_adult_male_change_percent,accused_adult_female,accused_adult_female_previous,accused_adult_female_change,accused_adult_female_change_percent,accused_minor_male,accused_minor_male_previous,accused_minor_male_change,accused_minor_male_change_percent,accused_minor_female,accused_minor_female_previous,accused_minor_female_change,accused_minor_female_change_percent,accused_age_unknown_male,accused_age_unknown_male_previous,accused_age_unknown_male_change,accused_age_unknown_male_change_percent,accused_age_unknown_female,accused_age_unknown_female_previous,accused_age_unknown_female_change,accused_age_unknown_female_change_percent,suspended_sentence,suspended_sentence_previous,suspended_sentence_change,suspended_sentence_change_percent,fine,fine_previous,fine_change,fine_change_percent,acquittal,acquittal_previous,acquittal_change,acquittal_change_percent,deferral,deferral_previous,deferral_change,deferral_change_percent,imprisonment,imprisonment_previous,imprisonment_change,imprisonment_change_percent,imprisonment_in_custody,imprisonment_in_custody_previous,imprisonment_in_custody_change,imprisonment_in_custody_change_percent,imprisonment_at_liberty,imprisonment_at_liberty_previous,imprisonment_at_liberty_change,imprisonment_at_liberty_change_percent,released_on_bail,released_on_bail_previous,released_on_bail_change,released_on_bail_change_percent,processing,processing_previous,processing_change,processing_change_percent
                     *     2020,2019,battambang,category,sexual_exploitation,Sexual exploitation,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,1,0,1,,0,0,0,
                     *     2020,2019,battambang,total,,Total,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,2,0,2,,1,0,1,,1,0,1,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,0,0,0,,1,0,1,,1,0,1,,0,0,0,,1,0,1,,0,0,0,
                     */
                    "text/csv": string;
                };
            };
            /** @description Invalid or unknown query parameter (each named) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            401: {
                headers: {
                    /** @description Bearer realm="casetrail", with error="invalid_token" when a token was sent and refused (RFC 6750) */
                    "WWW-Authenticate"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Role not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Province outside your scope */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Ready
             *
             *     The Health Check is successful
             */
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
            /**
             * @description Not ready
             *
             *     The Health Check is not successful
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
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
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
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
                        /** @example error */
                        status?: string;
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
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
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
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
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
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    HealthController_readiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
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
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
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
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
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
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
}
