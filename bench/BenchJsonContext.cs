using System.Text.Json.Serialization;
using ClustER.Bench.Servers;

namespace ClustER.Bench;

/// <summary>The bench's JSON (source-generated, like the bot's).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ServerStats))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
