using ClustER.Bot.Localization;

namespace ClustER.Bot.Features.Assemblies;

/// <summary>The assembly feature's strings (<c>Resources/Assemblies.resx</c>).</summary>
internal static class AssembliesTexts
{
    /// <summary>The texts.</summary>
    public static Texts Texts { get; } = Texts.For("Assemblies");
}
