namespace Coprod.Web.Platform.Data;

/// <summary>
/// An editable entity. <see cref="Version"/> is an optimistic-concurrency token renewed on
/// every save, so two people editing the same record never silently overwrite each other (SEC-3).
/// </summary>
public interface IVersioned
{
    Guid Version { get; set; }
}
