namespace Coprod.Web.Platform.Audit;

/// <summary>
/// Every audited event, one block of 100 numbers per module. Numbers are stored in the hash
/// chain: never renumber, only add.
/// </summary>
public enum AuditEventType
{
    // 100–199: accounts and sign-in (platform)
    SignInSucceeded = 100,
    SignInFailed = 101,
    SignInLockedOut = 102,
    SignedOut = 103,
    TwoFactorEnabled = 110,
    TwoFactorDisabled = 111,
    RecoveryCodesGenerated = 112,
    PasswordResetRequested = 120,
    PasswordReset = 121,
    PasswordChanged = 122,
    AccountCreated = 130,
    AccountPlatformRoleChanged = 131,
    AccountDisabled = 132,

    // 200–299: partnerships and memberships
    PartnershipCreated = 200,
    PartnershipUpdated = 201,
    MembershipGranted = 210,
    MembershipRoleChanged = 211,
    MembershipEnded = 212,

    // 300–399: territory
    AreasImported = 300,
    AreaRetired = 301,

    // 400–499: directory
    InstitutionCreated = 400,
    InstitutionUpdated = 401,
    DirectoryServiceCreated = 420,
    DirectoryServiceUpdated = 421,
    DirectoryServiceDeleted = 422,
    CompetenceAdded = 423,
    CompetenceRemoved = 424,
    PresenceSlotAdded = 425,
    PresenceSlotRemoved = 426,
    OnCallShiftAdded = 427,
    OnCallShiftRemoved = 428,
    PersonAdded = 440,
    PersonLeft = 441,
    DirectoryImported = 442,
    PersonUpdated = 443,

    // 500–599: privacy
    PersonalDataOverridden = 500,

    // 600–699: governance
    GovernanceBodyCreated = 600,
    GovernanceBodyUpdated = 601,
    GovernanceMeetingScheduled = 610,
    GovernanceMeetingUpdated = 611,
    GovernanceMeetingCancelled = 612,
    GovernanceInvitationsSent = 613,
    GovernanceAttendanceRecorded = 614,
    GovernanceMinutesSaved = 615,
    GovernanceConvocationRequested = 620,
    GovernanceDecisionRecorded = 630,
    GovernanceDecisionUpdated = 631,
    GovernanceDecisionDigestSent = 632,
    GovernanceDecisionDigestAcknowledged = 633,
    GovernanceDocumentUploaded = 640,
    GovernanceDocumentDeleted = 641,

    // 700–799: events (information événementielle)
    EventCategoryCreated = 700,
    EventCategoryUpdated = 701,
    RoutingRuleCreated = 710,
    RoutingRuleUpdated = 711,
    RoutingRuleDeleted = 712,
    EventAcknowledged = 720,
    EventFollowUpAdded = 721,
    EventDeliveriesEscalated = 722,
    EventDigestSent = 723,
    EventApiKeyCreated = 730,
    EventApiKeyRevoked = 731,
    EventsImported = 732,

    // 800–899: watch cell (veille)
    WatchAlertRaised = 800,
    WatchAlertRuleCreated = 810,
    WatchAlertRuleUpdated = 811,
    WatchAlertRuleDeleted = 812,
    WatchProcedureOpened = 820,
    WatchMobilisationAdded = 821,
    WatchMobilisationRemoved = 822,
    WatchChecklistItemAdded = 823,
    WatchChecklistItemChecked = 824,
    WatchLogEntryAdded = 825,
    WatchUrgentMeetingScheduled = 826,
    WatchAlertClosed = 827,

    // 900–999: the contract (CLS) and its evaluation (EVAL)
    ContractCreated = 900,
    ContractUpdated = 901,
    ContractSigned = 902,
    ContractSheetCreated = 910,
    ContractSheetUpdated = 911,
    ContractSheetAdopted = 912,
    ContractSheetStatusChanged = 913,
    ContractMilestoneDone = 914,
    IndicatorValueRecorded = 920,
    IndicatorValuesComputed = 921,
    CommitmentCreated = 930,
    CommitmentUpdated = 931,
    CommitmentAnswered = 932,
    CommitmentReminderSent = 933,
    CommitmentFormalReminderSent = 934,
    CommitmentListedForPlenary = 935,
    AmendmentProposed = 940,
    AmendmentUpdated = 941,
    AmendmentApproved = 942,
    AmendmentRefused = 943,
    AmendmentApplied = 944,
    AmendmentWithdrawn = 945,
    AnnualReportGenerated = 950,

    // 1000–1099: confidential groups and cases (CONF). Case events name the case by id only.
    ConfidentialGroupCreated = 1000,
    ConfidentialGroupUpdated = 1001,
    ConfidentialGroupClosed = 1002,
    CharterPublished = 1010,
    CharterSigned = 1011,
    ConfidentialMemberDesignated = 1020,
    ConfidentialMemberRemoved = 1021,
    CharterBreachRecorded = 1022,
    ConfidentialCaseOpened = 1030,
    ConfidentialCaseRead = 1031,
    ConfidentialCaseUpdated = 1032,
    ConfidentialEntryAdded = 1033,
    ConfidentialCaseClosed = 1034,
    ConfidentialCaseExported = 1035,
    ConfidentialCasePrinted = 1036,
    ConfidentialArchiveRead = 1037,
    ConfidentialAccessLogRead = 1038,
    ConfidentialCasesListed = 1039,
    ConfidentialDisclosureMade = 1040,
    ConfidentialDisclosureRead = 1041,
    ConfidentialCaseDestroyed = 1050,
    ConfidentialContentResealed = 1051,
    ProcessingRecordGenerated = 1060,
    ImpactAssessmentGenerated = 1061,
}

/// <summary>Which records a partnership's audit page may show.</summary>
public static class AuditVisibility
{
    /// <summary>
    /// The events about confidential cases (1030–1059): shown only in each case's access log, to
    /// the members of its group, never in the partnership's trail (where the coordinator, who may
    /// not be a member, would learn that a case exists and who works on it).
    /// </summary>
    public static bool IsConfidentialCaseEvent(AuditEventType type) => type is >= (AuditEventType)1030 and < (AuditEventType)1060;

    internal const AuditEventType FirstCaseEvent = (AuditEventType)1030;
    internal const AuditEventType EndOfCaseEvents = (AuditEventType)1060;
}
