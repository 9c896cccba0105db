using StackExchange.Redis;

namespace Coprod.Web.Platform.Realtime;

/// <summary>
/// SignalR for the modules' hubs (ARCHITECTURE.md convention 9), and the <see cref="IRealtimeBus"/>
/// that brings the same news to server-side listeners (Blazor pages). With <c>Realtime:Redis</c>
/// set to a StackExchange.Redis connection string (<c>redis:6379,password=…</c>), both go through
/// Redis so that several web instances share them; without it, everything stays in this process
/// (one instance, the embedded default).
/// </summary>
public static class RealtimeModule
{
    /// <summary>The configuration key of the Redis connection string.</summary>
    public const string RedisKey = "Realtime:Redis";

    public static IServiceCollection AddCoprodRealtime(this IServiceCollection services, IConfiguration configuration)
    {
        var signalR = services.AddSignalR();
        services.AddScoped<AccountSignals>();
        var redis = configuration[RedisKey];
        if (string.IsNullOrWhiteSpace(redis))
        {
            services.AddSingleton<IRealtimeBus, LocalRealtimeBus>();
            return services;
        }
        signalR.AddStackExchangeRedis(redis, o => o.Configuration.ChannelPrefix = RedisChannel.Literal("coprod"));
        services.AddSingleton<IRealtimeBus>(sp => new RedisRealtimeBus(redis, sp.GetRequiredService<ILogger<RedisRealtimeBus>>()));
        return services;
    }
}
