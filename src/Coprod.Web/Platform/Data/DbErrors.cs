using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Coprod.Web.Platform.Data;

/// <summary>Database errors worth telling apart, on either provider.</summary>
public static class DbErrors
{
    /// <summary>Whether a save failed on a unique index (a concurrent insert of the same key won).</summary>
    public static bool IsUniqueViolation(DbUpdateException e) => e.InnerException switch
    {
        SqliteException s => s.SqliteErrorCode == 19,
        PostgresException p => p.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
