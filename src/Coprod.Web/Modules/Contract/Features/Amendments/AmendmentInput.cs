using Coprod.Web.Modules.Privacy;

namespace Coprod.Web.Modules.Contract.Features.Amendments;

/// <summary>
/// An amendment as the coordinator writes it (CLS-5): a title, the reason, optionally a new end of the
/// contract period, and sheet changes. <see cref="Version"/> is the token read with it, required on update.
/// </summary>
public sealed record AmendmentInput(string? Title, string? Reason, DateOnly? EndsOn, IReadOnlyList<SheetChangeInput>? Changes, Guid? Version = null,
    PrivacyOverride? PrivacyOverride = null);

/// <summary>
/// One sheet change: the new content of an adopted sheet (<see cref="SheetId"/> set), a new sheet
/// (<see cref="SheetId"/> null), or an adopted sheet abandoned (<see cref="Abandon"/>, no content).
/// </summary>
public sealed record SheetChangeInput(Guid? SheetId, SheetInput? Content, bool Abandon = false);

/// <summary>What an amendment proposes, as stored in <c>Amendment.Proposal</c>.</summary>
public sealed record AmendmentProposal(DateOnly? EndsOn, IReadOnlyList<SheetChangeInput> Changes);
