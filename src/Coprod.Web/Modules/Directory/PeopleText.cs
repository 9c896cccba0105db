namespace Coprod.Web.Modules.Directory;

/// <summary>Texts of the directory's people, hand-over and import (<c>PeopleText.resx</c>, French; <c>.en.resx</c>, English).</summary>
public sealed class PeopleText;
