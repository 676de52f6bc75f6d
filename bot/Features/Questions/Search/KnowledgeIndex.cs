using ClustER.Bot.Features.Knowledge;
using ClustER.Bot.Features.Knowledge.Model;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ClustER.Bot.Features.Questions.Search;

/// <summary>
/// The full-text index of one knowledge snapshot, in memory: every text is indexed twice, with the
/// Italian and the English analysis, in a title field (titles and FAQ questions) and a body field
/// (summary, answer, tags, programme, place). Read-only once built, so any number of turns can use it.
/// </summary>
internal sealed class KnowledgeIndex : IDisposable
{
    public const string TitleIt = "title_it";
    public const string TitleEn = "title_en";
    public const string BodyIt = "body_it";
    public const string BodyEn = "body_en";

    private const string ItemField = "item";

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly int[] _itemOfDoc;

    private KnowledgeIndex(RAMDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = new IndexSearcher(_reader);
        _itemOfDoc = new int[_reader.MaxDoc];
        for (int doc = 0; doc < _reader.MaxDoc; doc++)
        {
            _itemOfDoc[doc] = _reader.Document(doc).GetField(ItemField).GetInt32Value() ?? -1;
        }
    }

    /// <summary>The number of indexed items.</summary>
    public int Count => _reader.NumDocs;

    /// <summary>Builds the index of <paramref name="items"/>; item <c>i</c> of the list is reported as <c>i</c>.</summary>
    public static KnowledgeIndex Build(IReadOnlyList<KnowledgeItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var directory = new RAMDirectory();
        Analyzer analyzer = new PerFieldAnalyzerWrapper(SearchAnalyzers.English, new Dictionary<string, Analyzer>
        {
            [TitleIt] = SearchAnalyzers.Italian,
            [BodyIt] = SearchAnalyzers.Italian,
        });
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzers.Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            for (int i = 0; i < items.Count; i++)
            {
                KnowledgeItem item = items[i];
                string title = item.Kind == KnowledgeKind.Faq ? string.Join(" \n ", item.Questions) : item.Title;
                string body = string.Join(" \n ", new[] { item.Summary, item.Programme, item.Location }
                    .Concat(item.Tags).Where(s => !string.IsNullOrWhiteSpace(s)));
                var doc = new Document
                {
                    new StoredField(ItemField, i),
                    new TextField(TitleIt, title, Field.Store.NO),
                    new TextField(TitleEn, title, Field.Store.NO),
                    new TextField(BodyIt, body, Field.Store.NO),
                    new TextField(BodyEn, body, Field.Store.NO),
                };
                writer.AddDocument(doc);
            }

            writer.Commit();
        }

        return new KnowledgeIndex(directory);
    }

    /// <summary>How many items have <paramref name="term"/> (already analyzed) in <paramref name="field"/>.</summary>
    public int DocFrequency(string field, string term) => _reader.DocFreq(new Term(field, term));

    /// <summary>The items whose <paramref name="field"/> holds the analyzed <paramref name="term"/>.</summary>
    public IEnumerable<int> ItemsWith(string field, string term)
    {
        DocsEnum? docs = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), field, new BytesRef(term));
        if (docs is null)
        {
            yield break;
        }

        int doc;
        while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
        {
            yield return _itemOfDoc[doc];
        }
    }

    /// <summary>The items whose <paramref name="field"/> holds a term within <paramref name="maxEdits"/> edits of <paramref name="term"/>.</summary>
    public IReadOnlyCollection<int> ItemsNear(string field, string term, int maxEdits)
    {
        var collector = new ItemCollector(_itemOfDoc);
        _searcher.Search(new FuzzyQuery(new Term(field, term), maxEdits, prefixLength: 1), collector);
        return collector.Items;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }

    /// <summary>Collects matching documents as item numbers, without scoring.</summary>
    private sealed class ItemCollector(int[] itemOfDoc) : ICollector
    {
        private int _docBase;

        public HashSet<int> Items { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void Collect(int doc) => Items.Add(itemOfDoc[_docBase + doc]);

        public void SetNextReader(AtomicReaderContext context) => _docBase = context.DocBase;
    }
}
