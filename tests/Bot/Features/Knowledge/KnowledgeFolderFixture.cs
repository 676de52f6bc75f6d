namespace ClustER.Tests.Bot.Features.Knowledge;

/// <summary>A temporary knowledge folder whose files a test writes.</summary>
internal sealed class KnowledgeFolderFixture : IDisposable
{
    public KnowledgeFolderFixture() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clust-er-knowledge", Guid.NewGuid().ToString("N"));

    public KnowledgeFolderFixture Write(string file, string json)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), json);
        return this;
    }

    /// <summary>A minimal valid call.</summary>
    public static string Call(string id, string title = "A call", string deadline = "2027-03-11T17:00:00+01:00", string extra = "") =>
        $$"""{"id": "{{id}}", "title": "{{title}}", "programme": "Horizon Europe", "deadline": "{{deadline}}"{{extra}}}""";

    /// <summary>A minimal valid event.</summary>
    public static string Event(string id, string title = "An event", string start = "2027-04-22T14:30:00+02:00") =>
        $$"""{"id": "{{id}}", "title": "{{title}}", "kind": "conference", "start": "{{start}}"}""";

    public static string Array(params string[] items) => "[" + string.Join(",\n", items) + "]";

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Cleaned by the OS eventually.
        }
    }
}
