using Microsoft.Extensions.Localization;

namespace Coprod.Web.Platform.Localization;

/// <summary>Names enum values in the interface language: key <c>{EnumType}_{Value}</c> in UiText.</summary>
public static class EnumText
{
    public static string Name<TEnum>(this IStringLocalizer<UiText> t, TEnum value) where TEnum : struct, Enum =>
        t[$"{typeof(TEnum).Name}_{value}"];
}
