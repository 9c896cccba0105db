namespace Coprod.Web.Platform.Data;

/// <summary>Which database Coprod runs on.</summary>
public sealed record DatabaseProvider(string Name)
{
    public static readonly DatabaseProvider Sqlite = new("Sqlite");
    public static readonly DatabaseProvider Postgres = new("Postgres");

    public static DatabaseProvider From(IConfiguration configuration) =>
        string.Equals(configuration["Database:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase) ? Postgres : Sqlite;
}
