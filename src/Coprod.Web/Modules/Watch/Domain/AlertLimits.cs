namespace Coprod.Web.Modules.Watch.Domain;

/// <summary>Limits of the alert rules and procedures, shared by the validators and the database.</summary>
public static class AlertLimits
{
    public const int RuleName = 200;
    public const int RulesPerPartnership = 200;
    public const int MaxThreshold = 100_000;
    public const int MaxWindowDays = 366;
    public const double MinSigmas = 1;
    public const double MaxSigmas = 10;
    public const int MaxMinimumCount = 10_000;
    public const int MaxYears = 10;
    public const int SeriesKey = 100;
    public const int Role = 200;
    public const int Text = 1000;
    public const int Outcome = 2000;
    public const int Mobilised = 100;
    public const int ChecklistItems = 50;
    public const int LogEntries = 1000;

    /// <summary>The urgent meeting lasts an hour unless its end is given.</summary>
    public static readonly TimeSpan MeetingLength = TimeSpan.FromHours(1);
}
