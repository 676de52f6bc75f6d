using System.Collections;
using ClustER.Bot.Protocol;

namespace ClustER.Bot.Hosting;

/// <summary>
/// The log scope of one turn: the activity id, conversation id and activity type every log line of the
/// turn carries. A list of pairs (what structured log providers enumerate) held in three fields, where a
/// dictionary per turn cost a few hundred bytes and hashing.
/// </summary>
internal sealed class TurnLogScope(Activity activity) : IReadOnlyList<KeyValuePair<string, object?>>
{
    public int Count => 3;

    public KeyValuePair<string, object?> this[int index] => index switch
    {
        0 => new("ActivityId", activity.Id),
        1 => new("ConversationId", activity.Conversation?.Id),
        2 => new("ActivityType", activity.Type),
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>What a text formatter (the console's) prints for the scope.</summary>
    public override string ToString() =>
        $"ActivityId:{activity.Id} ConversationId:{activity.Conversation?.Id} ActivityType:{activity.Type}";
}
