namespace Coprod.Web.Modules.Directory.Domain;

/// <summary>Lengths of the directory's texts (database columns and validation alike).</summary>
public static class DirectoryLimits
{
    public const int Name = 200;
    public const int Description = 1000;
    public const int Phone = 30;
    public const int Email = 254;
    public const int Address = 300;
    public const int Label = 120;
    public const int Territories = 50;
}
