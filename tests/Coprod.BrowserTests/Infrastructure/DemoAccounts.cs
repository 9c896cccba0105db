namespace Coprod.BrowserTests.Infrastructure;

/// <summary>The demo's accounts and partnerships (seeded by the app with <c>Demo:Seed=true</c>).</summary>
public static class DemoAccounts
{
    public const string Password = "Coprod-Demo-2026!";

    public const string Coordinator = "coordination@demo.coprod.fr";
    public const string FieldAgent = "mediateur@demo.coprod.fr";
    public const string Admin = "admin@demo.coprod.fr";

    /// <summary>
    /// The authenticator key of the demo's confidential-group members (the coordinator, the educator, the
    /// municipal police), who sign in with a code computed from it (<see cref="Totp"/>).
    /// </summary>
    public const string ConfidentialTotpKey = "COPRODDEMOCONFIDENTIELDEMO234567";

    public const string Metropole = "Grenoble-Alpes Métropole (démo)";
    public const string Echirolles = "Échirolles (démo)";
}
