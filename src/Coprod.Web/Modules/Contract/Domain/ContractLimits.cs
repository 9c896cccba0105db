namespace Coprod.Web.Modules.Contract.Domain;

/// <summary>Maximum lengths and counts of the module's data, shared by the validators and the database.</summary>
public static class ContractLimits
{
    public const int Title = 200;
    public const int Label = 300;
    public const int Reference = 500;
    public const int LongText = 4000;
    public const int Content = 20_000;
    public const int Tag = 40;
    public const int Tags = 20;
    public const int Signatories = 10;
    public const int Priorities = 30;
    public const int SheetsPerContract = 200;
    public const int Milestones = 30;
    public const int FundingLines = 20;
    public const int Indicators = 20;
    public const int Communes = 100;
    public const int Areas = 100;
    public const int CoPartners = 50;
    public const int CommitmentText = 2000;
    public const int AnswerText = 4000;
    public const int Unit = 40;

    /// <summary>The largest amount accepted, in euros (a typo guard, not a policy).</summary>
    public const decimal MaxAmount = 100_000_000m;

    /// <summary>The longest contract, in years.</summary>
    public const int MaxYears = 10;
}
