using Coprod.UnitTests.Modules.Contract.Features;
using Coprod.Web.Modules.Contract.Domain;
using Coprod.Web.Modules.Contract.Features.Amendments;
using Coprod.Web.Modules.Contract.Pages;
using Coprod.Web.Modules.Contract.Pages.Amendments;

namespace Coprod.UnitTests.Modules.Contract.Pages.Amendments;

public sealed class AmendmentFormModelTests
{
    private static AmendmentDto Proposed(AmendmentProposal proposal) => new(Guid.NewGuid(), Guid.NewGuid(), 2, "Avenant", "Bilan annuel", AmendmentStatus.Open, 1,
        DateTimeOffset.UtcNow, null, null, [], [], 0, 1, true, true, [], proposal, Guid.NewGuid());

    [Fact]
    public void ToInput_EachKind_SheetAndContentAsTheApiReadsThem()
    {
        var (changed, abandoned) = (Guid.NewGuid(), Guid.NewGuid());
        var form = new AmendmentFormModel
        {
            Title = "Avenant n° 2",
            Reason = "Bilan",
            EndsOn = new DateTime(2029, 6, 30),
            Changes =
            [
                new ChangeRow { Kind = ChangeKind.Change, SheetId = changed, Form = new SheetFormModel { Title = "Fiche", Version = Guid.NewGuid() } },
                new ChangeRow { Kind = ChangeKind.Abandon, SheetId = abandoned },
                new ChangeRow { Kind = ChangeKind.Add, SheetId = Guid.NewGuid(), Form = new SheetFormModel { Title = "Nouvelle" } },
            ],
        };

        var input = form.ToInput();

        Assert.Equal(new DateOnly(2029, 6, 30), input.EndsOn);
        Assert.Equal(changed, input.Changes![0].SheetId);
        Assert.Equal("Fiche", input.Changes[0].Content!.Title);
        Assert.Null(input.Changes[0].Content!.Version);
        Assert.True(input.Changes[1].Abandon);
        Assert.Equal(abandoned, input.Changes[1].SheetId);
        Assert.Null(input.Changes[1].Content);
        Assert.Null(input.Changes[2].SheetId);
        Assert.Equal("Nouvelle", input.Changes[2].Content!.Title);
    }

    [Fact]
    public void From_OpenAmendment_FormGivesBackTheSameProposal()
    {
        var (changed, abandoned) = (Guid.NewGuid(), Guid.NewGuid());
        var content = SheetQualityTests.Complete();
        var amendment = Proposed(new AmendmentProposal(new DateOnly(2029, 6, 30),
            [new SheetChangeInput(changed, content), new SheetChangeInput(abandoned, null, true), new SheetChangeInput(null, content)]));

        var form = AmendmentFormModel.From(amendment);
        var input = form.ToInput();

        Assert.Equal([ChangeKind.Change, ChangeKind.Abandon, ChangeKind.Add], form.Changes.Select(c => c.Kind));
        Assert.Equal(amendment.Version, input.Version);
        Assert.Equal(new DateOnly(2029, 6, 30), input.EndsOn);
        Assert.Equal(content.Objective, input.Changes![0].Content!.Objective);
        Assert.Equal(content.Milestones, input.Changes[0].Content!.Milestones);
        Assert.Equal(content.Indicators, input.Changes[2].Content!.Indicators);
        Assert.Equal(content.Funding, input.Changes[2].Content!.Funding);
        Assert.Equal(content.CoPartnerIds, input.Changes[0].Content!.CoPartnerIds);
        Assert.True(input.Changes[1].Abandon);
    }
}
