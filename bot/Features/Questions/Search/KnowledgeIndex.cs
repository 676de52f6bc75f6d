using System.Collections.Concurrent;
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

    private const int MaxCachedPostings = 20_000;

    private readonly RAMDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly AtomicReader? _segment;
    private readonly int[] _itemOfDoc;
    private readonly ConcurrentDictionary<(string Field, string Term), int[]> _postings = new();
    private readonly ConcurrentDictionary<string, Dictionary<char, List<string>>> _termsByInitial = new(StringComparer.Ordinal);

    private KnowledgeIndex(RAMDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        // One segment (merged at build): term look-ups go straight to it, without the multi-segment merging views.
        _segment = _reader.Leaves.Count == 1 ? _reader.Leaves[0].AtomicReader : null;
        _itemOfDoc = new int[_reader.MaxDoc];
        for (int doc = 0; doc < _reader.MaxDoc; doc++)
        {
            // A single segment written in one flush keeps the order documents were added in.
            _itemOfDoc[doc] = _segment is not null ? doc : _reader.Document(doc).GetField(ItemField).GetInt32Value() ?? -1;
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
        // One in-memory flush and no background merges: the index is one segment, built once and then only read.
        var config = new IndexWriterConfig(SearchAnalyzers.Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 512,
            MaxBufferedDocs = IndexWriterConfig.DISABLE_AUTO_FLUSH,
            MergeScheduler = new SerialMergeScheduler(),
        };
        using (var writer = new IndexWriter(directory, config))
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

            writer.ForceMerge(1);
            writer.Commit();
        }

        return new KnowledgeIndex(directory);
    }

    /// <summary>How many items have <paramref name="term"/> (already analyzed) in <paramref name="field"/>.</summary>
    public int DocFrequency(string field, string term) => _reader.DocFreq(new Term(field, term));

    /// <summary>The items whose <paramref name="field"/> holds the analyzed <paramref name="term"/> (cached: questions repeat terms).</summary>
    public IReadOnlyList<int> ItemsWith(string field, string term)
    {
        if (_postings.TryGetValue((field, term), out int[]? cached))
        {
            return cached;
        }

        List<int> items = [];
        DocsEnum? docs = _segment is not null
            ? _segment.GetTermDocsEnum(new Term(field, term))
            : MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), field, new BytesRef(term));
        if (docs is not null)
        {
            int doc;
            while ((doc = docs.NextDoc()) != DocIdSetIterator.NO_MORE_DOCS)
            {
                items.Add(_itemOfDoc[doc]);
            }
        }

        int[] result = [.. items];
        if (_postings.Count < MaxCachedPostings)
        {
            _postings[(field, term)] = result;
        }

        return result;
    }

    /// <summary>
    /// The items whose <paramref name="field"/> holds a term within <paramref name="maxEdits"/> edits of <paramref name="term"/>
    /// (same first letter, as Lucene's FuzzyQuery with prefix 1; transpositions count as one edit).
    /// </summary>
    public IReadOnlyCollection<int> ItemsNear(string field, string term, int maxEdits)
    {
        var items = new HashSet<int>();
        if (term.Length == 0 || !TermsByInitial(field).TryGetValue(term[0], out List<string>? candidates))
        {
            return items;
        }

        foreach (string candidate in candidates)
        {
            if (Math.Abs(candidate.Length - term.Length) <= maxEdits && EditDistance.Within(term, candidate, maxEdits))
            {
                items.UnionWith(ItemsWith(field, candidate));
            }
        }

        return items;
    }

    /// <summary>The field's terms grouped by first letter, read once from the index.</summary>
    private Dictionary<char, List<string>> TermsByInitial(string field) => _termsByInitial.GetOrAdd(field, f =>
    {
        var byInitial = new Dictionary<char, List<string>>();
        Terms? terms = _segment?.GetTerms(f) ?? MultiFields.GetTerms(_reader, f);
        if (terms is null)
        {
            return byInitial;
        }

        TermsEnum iterator = terms.GetEnumerator();
        while (iterator.MoveNext())
        {
            string text = iterator.Term.Utf8ToString();
            if (text.Length == 0)
            {
                continue;
            }

            if (!byInitial.TryGetValue(text[0], out List<string>? list))
            {
                byInitial[text[0]] = list = [];
            }

            list.Add(text);
        }

        return byInitial;
    });

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
