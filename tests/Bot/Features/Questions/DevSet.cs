using System.Text.Json;
using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Import;

namespace ClustER.Tests.Bot.Features.Questions;

/// <summary>The Q&amp;A development set (../shared/eval/qa-dev beside the repository, as in CI).</summary>
internal static class DevSet
{
    /// <summary>The repository root (the folder holding ClustER.Bot.sln).</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The development set's folder.</summary>
    public static string Folder => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "eval", "qa-dev"));

    /// <summary>The development set's knowledge folder.</summary>
    public static string KnowledgeFolder => Path.Combine(Folder, "knowledge");

    /// <summary>The demo knowledge shipped with the bot.</summary>
    public static string DemoKnowledgeFolder => Path.Combine(RepositoryRoot, "bot", "DemoData", "knowledge");

    /// <summary>Reads questions.json: the pinned now and the cases.</summary>
    public static (DateTimeOffset Now, IReadOnlyList<QaCase> Cases) Load(string file)
    {
        using JsonDocument doc = JsonDocument.Parse(File.ReadAllText(file));
        DateTimeOffset now = DateTimeOffset.Parse(doc.RootElement.GetProperty("now").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        List<QaCase> cases = [];
        foreach (JsonElement c in doc.RootElement.GetProperty("cases").EnumerateArray())
        {
            cases.Add(new QaCase(
                c.GetProperty("ask").GetString()!,
                c.TryGetProperty("top", out JsonElement top) ? top.GetString() : null,
                c.TryGetProperty("includes", out JsonElement inc) ? [.. inc.EnumerateArray().Select(e => e.GetString()!)] : [],
                c.TryGetProperty("excludes", out JsonElement exc) ? [.. exc.EnumerateArray().Select(e => e.GetString()!)] : [],
                c.TryGetProperty("none", out JsonElement none) && none.GetBoolean(),
                c.TryGetProperty("lang", out JsonElement lang) ? lang.GetString() : null));
        }

        return (now, cases);
    }

    /// <summary>A snapshot of a knowledge folder, built without a database.</summary>
    public static async Task<KnowledgeSnapshot> SnapshotAsync(string folder)
    {
        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(folder, CancellationToken.None);
        List<KnowledgeItem> items =
        [
            .. (files.Calls ?? []).Select(c => KnowledgeItem.From(c.Item)),
            .. (files.Events ?? []).Select(e => KnowledgeItem.From(e.Item)),
            .. (files.Faqs ?? []).Select(f => KnowledgeItem.From(f.Item)),
        ];
        return new KnowledgeSnapshot(1, items);
    }

    /// <summary>Every broken rule of <paramref name="c"/> for the shown ids (empty when it passes).</summary>
    public static IEnumerable<string> Check(QaCase c, IReadOnlyList<string> shown)
    {
        if (c.None && shown.Count > 0)
        {
            yield return $"expected none, got [{string.Join(", ", shown)}]";
        }

        if (c.Top is not null && (shown.Count == 0 || shown[0] != c.Top))
        {
            yield return $"expected top {c.Top}, got [{string.Join(", ", shown)}]";
        }

        foreach (string id in c.Includes.Where(id => !shown.Contains(id)))
        {
            yield return $"expected {id} among [{string.Join(", ", shown)}]";
        }

        foreach (string id in c.Excludes.Where(shown.Contains))
        {
            yield return $"did not expect {id} in [{string.Join(", ", shown)}]";
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ClustER.Bot.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("ClustER.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One question of a Q&amp;A set and its rules.</summary>
internal sealed record QaCase(string Ask, string? Top, IReadOnlyList<string> Includes, IReadOnlyList<string> Excludes, bool None, string? Lang)
{
    public override string ToString() => Ask;
}
