using System.Globalization;
using Coprod.Web.Modules.Governance;
using Coprod.Web.Modules.Governance.Domain;
using Coprod.Web.Modules.Governance.Features;

namespace Coprod.UnitTests.Modules.Governance.Features;

public sealed class InvitationMailTests
{
    private static GetInvitation.Invitation Invitation(bool cancelled = false, string? place = "Salle du conseil") =>
        new(new Meeting
        {
            Title = "Réunion de printemps",
            StartsAt = new DateTimeOffset(2026, 4, 14, 12, 0, 0, TimeSpan.Zero),
            EndsAt = new DateTimeOffset(2026, 4, 14, 14, 0, 0, TimeSpan.Zero),
            Place = place,
            CancelledAt = cancelled ? DateTimeOffset.UnixEpoch : null,
            Agenda = [new AgendaItem { Position = 2, Text = "Bilan" }, new AgendaItem { Position = 1, Text = "État de la délinquance" }],
        }, "Séance plénière du CLSPD", "", []);

    [Fact]
    public void Compose_Invitation_WritesTheFrenchMessageWithTimesInParis()
    {
        var mail = InvitationMail.Compose(Invitation(), Localized.In<GovernanceText>());

        Assert.Equal("Invitation : Réunion de printemps (14 avril 2026)", mail.Subject);
        Assert.Equal("Bonjour,\n\nVous êtes invité(e) à la réunion « Réunion de printemps » (Séance plénière du CLSPD).\n\n"
            + "Date : mardi 14 avril 2026, de 14:00 à 16:00 (heure de Paris)\nLieu : Salle du conseil\n\n"
            + "Ordre du jour :\n  1. État de la délinquance\n  2. Bilan\n\n"
            + "Le fichier joint (invitation.ics) ajoute la réunion à votre agenda.\n\nCoprod", mail.Text);
    }

    [Fact]
    public void Compose_Cancellation_SaysTheMeetingIsCancelled()
    {
        var mail = InvitationMail.Compose(Invitation(cancelled: true), Localized.In<GovernanceText>());

        Assert.Equal("Annulation : Réunion de printemps (14 avril 2026)", mail.Subject);
        Assert.Equal("Bonjour,\n\nLa réunion « Réunion de printemps » (Séance plénière du CLSPD) prévue le mardi 14 avril 2026, de 14:00 à 16:00 est annulée.\n\n"
            + "Le fichier joint la retire de votre agenda.\n\nCoprod", mail.Text);
    }

    [Fact]
    public void Compose_FromAnEnglishInterface_StaysFrench_AndLeavesTheCultureAsItWas()
    {
        var t = Localized.In<GovernanceText>("en-GB");

        var mail = InvitationMail.Compose(Invitation(place: null), t);

        Assert.StartsWith("Invitation : Réunion de printemps", mail.Subject);
        Assert.Contains("Lieu : à préciser", mail.Text);
        Assert.Equal("en-GB", CultureInfo.CurrentUICulture.Name);
        Assert.Equal("en-GB", CultureInfo.CurrentCulture.Name);
    }
}
