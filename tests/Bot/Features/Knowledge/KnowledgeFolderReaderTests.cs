using System.Globalization;
using ClustER.Bot.Features.Knowledge.Import;
using ClustER.Tests.Bot.Features.Questions;
using static ClustER.Tests.Bot.Features.Knowledge.KnowledgeFolderFixture;

namespace ClustER.Tests.Bot.Features.Knowledge;

public class KnowledgeFolderReaderTests
{
    [Fact]
    public async Task ReadAsync_DevSetFolder_ReadsEveryItem()
    {
        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(DevSet.KnowledgeFolder, CancellationToken.None);

        Assert.Equal(19, files.Calls!.Count);
        Assert.Equal(14, files.Events!.Count);
        Assert.Equal(7, files.Faqs!.Count);
        Assert.Null(files.Calls.Single(c => c.Item.Id == "smart-start-italia").Item.Deadline);
    }

    [Fact]
    public async Task ReadAsync_DemoFolder_IsValid()
    {
        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(DevSet.DemoKnowledgeFolder, CancellationToken.None);

        Assert.True(files.Calls!.Count >= 10 && files.Events!.Count >= 10 && files.Faqs!.Count >= 5);
    }

    [Fact]
    public async Task ReadAsync_BareDeadline_MeansEndOfThatDayInRome()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(Call("c1", deadline: "2027-07-15")));

        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None);

        Assert.Equal(DateTimeOffset.Parse("2027-07-15T23:59:59+02:00", CultureInfo.InvariantCulture), files.Calls![0].Item.Deadline);
    }

    [Theory]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "deadline": "11/03/2027"}""", "c1", "deadline", "ISO 8601")]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "deadline": "2027-03-11T17:00:00"}""", "c1", "deadline", "offset")]
    [InlineData("""{"id": "c1", "programme": "PNRR"}""", "c1", "title", "required")]
    [InlineData("""{"title": "T", "programme": "PNRR"}""", "#0", "id", "required")]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "eligibility": ["sme", "banks"]}""", "c1", "eligibility", "'banks' is not one of")]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "priorities": [1, 12]}""", "c1", "priorities", "12 is not a strategic priority")]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "url": "javascript:alert(1)"}""", "c1", "url", "http")]
    [InlineData("""{"id": "c1", "title": "T", "programme": "PNRR", "opens": "2027-05-01", "deadline": "2027-04-01"}""", "c1", "deadline", "before 'opens'")]
    [InlineData("""{"id": "c 1", "title": "T", "programme": "PNRR"}""", "#0", "id", "letters")]
    public async Task ReadAsync_BadCall_RejectsNamingFileItemAndField(string item, string itemName, string field, string message)
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(item)).Write("events.json", Array(Event("e1")));

        var ex = await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));

        KnowledgeValidationError error = Assert.Single(ex.Errors);
        Assert.Equal(("calls.json", itemName, field), (error.File, error.Item, error.Field));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Contains("calls.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_BadEventKindAndEndBeforeStart_ReportsBothProblems()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("events.json", """[{"id": "e1", "title": "T", "kind": "party", "start": "2027-04-22T14:30:00+02:00", "end": "2027-04-21T14:30:00+02:00"}]""");

        var ex = await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));

        Assert.Equal(["end", "kind"], ex.Errors.Select(e => e.Field).Order());
        Assert.All(ex.Errors, e => Assert.Equal(("events.json", "e1"), (e.File, e.Item)));
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_IsRejected()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(Call("c1"), Call("c1", title: "Again")));

        var ex = await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));

        Assert.Contains(ex.Errors, e => e.Item == "c1" && e.Field == "id" && e.Message.Contains("more than one", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("[{\"id\": \"c1\",,]", "not valid JSON")]
    [InlineData("{\"id\": \"c1\"}", "JSON array")]
    [InlineData("[42]", "JSON object")]
    public async Task ReadAsync_MalformedFile_IsRejectedAsAWhole(string content, string message)
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("faq.json", content).Write("calls.json", Array(Call("c1")));

        var ex = await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));

        Assert.Contains(ex.Errors, e => e.File == "faq.json" && e.Message.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadAsync_EmptyOrMissingFolder_IsRejected()
    {
        using var folder = new KnowledgeFolderFixture();

        await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None));
        await Assert.ThrowsAsync<KnowledgeValidationException>(() => KnowledgeFolderReader.ReadAsync(Path.Combine(folder.Path, "nope"), CancellationToken.None));
    }

    [Fact]
    public async Task ReadAsync_UnknownExtraFields_AreAccepted()
    {
        using var folder = new KnowledgeFolderFixture();
        folder.Write("calls.json", Array(Call("c1", extra: ", \"contact\": \"x@example.org\", \"internalNotes\": {\"a\": 1}")));

        KnowledgeFileSet files = await KnowledgeFolderReader.ReadAsync(folder.Path, CancellationToken.None);

        Assert.Single(files.Calls!);
        Assert.Null(files.Events);
    }
}
