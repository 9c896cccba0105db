using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Coprod.Web.Platform.Data;

/// <summary>Used by <c>dotnet ef</c> only: builds the SQLite context without starting the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCoprodDbContext>
{
    public SqliteCoprodDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCoprodDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Used by <c>dotnet ef</c> only: builds the PostgreSQL context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCoprodDbContext>
{
    public PostgresCoprodDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCoprodDbContext>().UseNpgsql("Host=localhost;Database=coprod_design").Options);
}
