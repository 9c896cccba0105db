using Microsoft.EntityFrameworkCore;

namespace Coprod.Web.Platform.Data;

/// <summary>The production provider: PostgreSQL.</summary>
public sealed class PostgresCoprodDbContext(DbContextOptions<PostgresCoprodDbContext> options) : CoprodDbContext(options);
