namespace Coprod.Web.Modules.Directory;

/// <summary>Marker for the Directory module's texts (<c>DirectoryText.resx</c> is French, <c>DirectoryText.en.resx</c> English).</summary>
public sealed class DirectoryText;
