namespace Coprod.Web.Platform.Mail;

/// <summary>
/// Outgoing e-mail. With <c>Mail:Smtp:Host</c> set, messages go through SMTP (MailKit);
/// otherwise (Development, demo) each message is written as an .eml file under <c>data/mail/</c>.
/// </summary>
public static class MailModule
{
    public static IServiceCollection AddCoprodMail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.PostConfigure<MailOptions>(o => o.PickupFolder ??= Path.Combine(environment.ContentRootPath, "data", "mail"));
        if (!string.IsNullOrWhiteSpace(configuration["Mail:Smtp:Host"]))
        {
            services.AddSingleton<IMailer, SmtpMailer>();
        }
        else
        {
            services.AddSingleton<IMailer, PickupFolderMailer>();
        }
        return services;
    }
}

public sealed class MailOptions
{
    public string From { get; set; } = "Coprod <ne-pas-repondre@coprod.invalid>";
    public string? PickupFolder { get; set; }
    public SmtpOptions Smtp { get; set; } = new();
}

public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? User { get; set; }
    public string? Password { get; set; }
    public bool StartTls { get; set; } = true;
}
