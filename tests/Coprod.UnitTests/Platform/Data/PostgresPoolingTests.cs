using Coprod.Web.Platform.Data;
using Npgsql;

namespace Coprod.UnitTests.Platform.Data;

public sealed class PostgresPoolingTests
{
    [Fact]
    public void Tuned_KeepsPreparedStatementsAcrossPooledUses()
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresPooling.Tuned("Host=db;Username=coprod;Password=secret;Database=coprod"));

        Assert.True(tuned.NoResetOnClose);
        Assert.Equal(64, tuned.MaxAutoPrepare);
        Assert.Equal(("db", "coprod", "secret", "coprod"), (tuned.Host, tuned.Username, tuned.Password, tuned.Database));
    }

    [Theory]
    [InlineData("Host=db;No Reset On Close=false;Max Auto Prepare=0")]
    [InlineData("Host=db;noresetonclose=false;maxautoprepare=0")]
    public void Tuned_LeavesWhatTheConnectionStringSets(string connectionString)
    {
        var tuned = new NpgsqlConnectionStringBuilder(PostgresPooling.Tuned(connectionString));

        Assert.False(tuned.NoResetOnClose);
        Assert.Equal(0, tuned.MaxAutoPrepare);
    }
}
