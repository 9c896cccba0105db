using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coprod.Web.Platform.Data;

/// <summary>Database errors worth telling apart, on either provider.</summary>
public static class DbErrors
{
    // SQLite's extended result codes: a constraint failure (19) on a unique index or a primary key, not a foreign key or NOT NULL.
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    /// <summary>Whether a save failed on a unique index (a concurrent insert of the same key won).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
