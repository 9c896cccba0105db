namespace Coprod.Web.Modules.Confidential;

/// <summary>Marker for the texts of groups, charters, members, coordinations and the record of processing (<c>GroupsText.resx</c> French, <c>GroupsText.en.resx</c> English).</summary>
public sealed class GroupsText;
