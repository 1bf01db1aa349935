using System.Text.Json;
using System.Text.Json.Serialization;
using Readout.Model;

namespace Readout.Storage;

/// <summary>JSON columns of the store: source-generated, enums by name so stored rows stay readable.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Article))]
[JsonSerializable(typeof(Annotations))]
[JsonSerializable(typeof(List<EventMention>))]
[JsonSerializable(typeof(List<Participant>))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class StoreJson : JsonSerializerContext
{
    public static string Write<T>(T value) => JsonSerializer.Serialize(value, typeof(T), Default);

    public static T Read<T>(string json) => (T)JsonSerializer.Deserialize(json, typeof(T), Default)!;
}
