// assembly: DSharpPlus
// Test stub mirroring the public shape of DSharpPlus 5.x (nightly 5.0 line: DSharpPlus, DSharpPlus.Commands,
// DSharpPlus.CommandsNext) as far as bot code touches it. Namespaces, type names, inheritance and member
// signatures follow the real library so that documentation comment ids match; bodies are empty.
// 5.x has no public events on DiscordClient: handlers are registered on EventHandlingBuilder or are
// classes implementing IEventHandler<TEventArgs>.
#nullable enable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Net;
using System.Net.Http;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace DSharpPlus.AsyncEvents
{
    public class AsyncEventArgs : System.EventArgs
    {
        public bool Handled { get; set; }
    }

    public delegate Task AsyncEventHandler<in TSender, in TArgs>(TSender sender, TArgs args) where TArgs : AsyncEventArgs;
}

namespace DSharpPlus
{
    using DSharpPlus.Entities;
    using DSharpPlus.EventArgs;

    [Flags]
    public enum DiscordIntents
    {
        Guilds = 1 << 0,
        GuildMembers = 1 << 1,
        GuildMessages = 1 << 9,
        DirectMessages = 1 << 12,
        MessageContents = 1 << 15,
        AllUnprivileged = Guilds | GuildMessages | DirectMessages,
        All = AllUnprivileged | GuildMembers | MessageContents,
    }

    public enum DiscordChannelType { Text = 0, Private = 1, Voice = 2, Group = 3, Category = 4, News = 5 }

    public static class TextCommandProcessorDefaults
    {
    }

    public abstract class BaseDiscordClient : IDisposable
    {
        public DiscordUser CurrentUser { get; internal set; } = null!;
        public abstract IReadOnlyDictionary<ulong, DiscordGuild> Guilds { get; }
        public abstract void Dispose();
    }

    public sealed partial class DiscordClient : BaseDiscordClient
    {
        public override IReadOnlyDictionary<ulong, DiscordGuild> Guilds => throw null!;
        public IServiceProvider ServiceProvider { get; internal set; } = null!;
        public Task ConnectAsync(DiscordActivity? activity = null, DiscordUserStatus? status = null, DateTimeOffset? idlesince = null) => throw null!;
        public Task DisconnectAsync() => throw null!;
        public Task<DiscordChannel> GetChannelAsync(ulong id, bool skipCache = false) => throw null!;
        public Task<DiscordGuild> GetGuildAsync(ulong id, bool? withCounts = null, bool skipCache = false) => throw null!;
        public Task<DiscordUser> GetUserAsync(ulong userId, bool skipCache = false) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, Action<DiscordMessageBuilder> action) => throw null!;
        public override void Dispose() { }
    }

    public sealed class DiscordClientBuilder
    {
        public static DiscordClientBuilder CreateDefault(string token, DiscordIntents intents, IServiceCollection? serviceCollection = null) => throw null!;
        public static DiscordClientBuilder CreateSharded(string token, DiscordIntents intents, uint? shardCount = null, IServiceCollection? serviceCollection = null) => throw null!;
        public DiscordClientBuilder ConfigureServices(Action<IServiceCollection> configure) => throw null!;
        public DiscordClientBuilder ConfigureEventHandlers(Action<EventHandlingBuilder> configure) => throw null!;
        public DiscordClient Build() => throw null!;
        public Task ConnectAsync(DiscordActivity? activity = null, DiscordUserStatus? status = null, DateTimeOffset? idleSince = null) => throw null!;
    }

    /// <summary>Registers event handlers; each <c>HandleXxx</c> takes the handler delegate.</summary>
    public sealed class EventHandlingBuilder
    {
        public IServiceCollection Services { get; } = null!;
        public EventHandlingBuilder AddEventHandlers<T>(ServiceLifetime lifetime = ServiceLifetime.Transient) where T : IEventHandler => throw null!;
        public EventHandlingBuilder AddEventHandlers(IReadOnlyList<Type> types, ServiceLifetime lifetime = ServiceLifetime.Transient) => throw null!;
        public EventHandlingBuilder HandleGuildCreated(Func<DiscordClient, GuildCreatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildAvailable(Func<DiscordClient, GuildAvailableEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildDownloadCompleted(Func<DiscordClient, GuildDownloadCompletedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildMemberAdded(Func<DiscordClient, GuildMemberAddedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildMemberRemoved(Func<DiscordClient, GuildMemberRemovedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildMemberUpdated(Func<DiscordClient, GuildMemberUpdatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleGuildMembersChunked(Func<DiscordClient, GuildMembersChunkedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleMessageCreated(Func<DiscordClient, MessageCreatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleMessageUpdated(Func<DiscordClient, MessageUpdatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleInteractionCreated(Func<DiscordClient, InteractionCreatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleComponentInteractionCreated(Func<DiscordClient, ComponentInteractionCreatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleModalSubmitted(Func<DiscordClient, ModalSubmittedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleContextMenuInteractionCreated(Func<DiscordClient, ContextMenuInteractionCreatedEventArgs, Task> handler) => throw null!;
        public EventHandlingBuilder HandleSessionCreated(Func<DiscordClient, SessionCreatedEventArgs, Task> handler) => throw null!;
    }

    [EditorBrowsable(EditorBrowsableState.Never)]
    public interface IEventHandler
    {
    }

    public interface IEventHandler<TEventArgs> : IEventHandler where TEventArgs : DiscordEventArgs
    {
        Task HandleEventAsync(DiscordClient sender, TEventArgs eventArgs);
    }
}

namespace DSharpPlus.Extensions
{
    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddDiscordClient(this IServiceCollection services, string token, DiscordIntents intents) => throw null!;
        public static IServiceCollection ConfigureEventHandlers(this IServiceCollection services, Action<EventHandlingBuilder> configure) => throw null!;
    }
}

namespace DSharpPlus.Entities
{
    public enum DiscordUserStatus { Offline = 0, Online = 1, Idle = 2, DoNotDisturb = 4, Invisible = 5 }

    public enum DiscordInteractionResponseType
    {
        Pong = 1,
        ChannelMessageWithSource = 4,
        DeferredChannelMessageWithSource = 5,
        DeferredMessageUpdate = 6,
        UpdateMessage = 7,
        AutoCompleteResult = 8,
        Modal = 9,
    }

    public enum DiscordInteractionType { Ping = 1, ApplicationCommand = 2, Component = 3, AutoComplete = 4, ModalSubmit = 5 }

    public abstract class SnowflakeObject
    {
        public ulong Id { get; internal set; }
        public DateTimeOffset CreationTimestamp => throw null!;
    }

    public class DiscordUser : SnowflakeObject, IEquatable<DiscordUser>
    {
        public virtual string Username { get; internal set; } = null!;
        public virtual string? GlobalName { get; internal set; }
        public virtual string Discriminator { get; internal set; } = null!;
        public virtual bool IsBot { get; internal set; }
        public string Mention => throw null!;
        public ValueTask<DiscordDmChannel> CreateDmChannelAsync(bool skipCache = false) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordMessageBuilder message) => throw null!;
        public bool Equals(DiscordUser? e) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
        public override string ToString() => throw null!;
    }

    public class DiscordMember : DiscordUser, IEquatable<DiscordMember>
    {
        public DiscordGuild Guild { get; } = null!;
        public string? Nickname { get; internal set; }
        public string DisplayName => throw null!;
        public DateTimeOffset JoinedAt { get; }
        public Task RemoveAsync(string? reason = null) => throw null!;
        public bool Equals(DiscordMember? e) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordChannel : SnowflakeObject, IEquatable<DiscordChannel>
    {
        public ulong? GuildId { get; internal set; }
        public DiscordGuild? Guild => throw null!;
        public string Name { get; internal set; } = null!;
        public DiscordChannelType Type { get; internal set; }
        public string Mention => throw null!;
        public bool IsPrivate => throw null!;
        public IReadOnlyList<DiscordMember> Users => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(Action<DiscordMessageBuilder> action) => throw null!;
        public Task<DiscordMessage> GetMessageAsync(ulong id, bool skipCache = false) => throw null!;
        public async IAsyncEnumerable<DiscordMessage> GetMessagesAsync(int limit = 100, [EnumeratorCancellation] CancellationToken cancellationToken = default) { await Task.Yield(); yield break; }
        public bool Equals(DiscordChannel? e) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordDmChannel : DiscordChannel
    {
        public IReadOnlyList<DiscordUser> Recipients { get; internal set; } = null!;
    }

    public class DiscordGuild : SnowflakeObject, IEquatable<DiscordGuild>
    {
        public string Name { get; internal set; } = null!;
        public ulong OwnerId { get; internal set; }
        public ulong? SystemChannelId { get; internal set; }
        public ulong? RulesChannelId { get; internal set; }
        public int MemberCount { get; internal set; }
        public IReadOnlyDictionary<ulong, DiscordMember> Members => throw null!;
        public IReadOnlyDictionary<ulong, DiscordChannel> Channels => throw null!;
        public Task<DiscordChannel?> GetSystemChannelAsync(bool skipCache = false) => throw null!;
        public DiscordChannel? GetDefaultChannel() => throw null!;
        public async IAsyncEnumerable<DiscordMember> GetAllMembersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default) { await Task.Yield(); yield break; }
        public IAsyncEnumerable<DiscordMember> EnumerateRequestMembersAsync(string query = "", int limit = 0, bool? presences = null, IEnumerable<ulong>? userIds = null, string? nonce = null, CancellationToken cancellationToken = default) => throw null!;
        public Task RequestMembersAsync(string query = "", int limit = 0, bool? presences = null, IEnumerable<ulong>? userIds = null, string? nonce = null) => throw null!;
        public Task<DiscordMember> GetMemberAsync(ulong userId, bool skipCache = false) => throw null!;
        public Task<IReadOnlyList<DiscordMember>> SearchMembersAsync(string name, int? limit = 1) => throw null!;
        public Task<DiscordChannel> GetChannelAsync(ulong id, bool skipCache = false) => throw null!;
        public bool Equals(DiscordGuild? e) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordMessage : SnowflakeObject, IEquatable<DiscordMessage>
    {
        public DiscordChannel? Channel => throw null!;
        public ulong ChannelId { get; internal set; }
        public DiscordUser? Author { get; internal set; }
        public string Content { get; internal set; } = null!;
        public IReadOnlyList<DiscordUser> MentionedUsers => throw null!;
        public DiscordMessage? ReferencedMessage { get; internal set; }
        public Task<DiscordMessage> RespondAsync(string content) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> RespondAsync(Action<DiscordMessageBuilder> action) => throw null!;
        public bool Equals(DiscordMessage? e) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public sealed class DiscordEmbed
    {
        public string? Title { get; internal set; }
        public string? Description { get; internal set; }
    }

    public sealed class DiscordEmbedBuilder
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
        public DiscordEmbedBuilder WithTitle(string title) => throw null!;
        public DiscordEmbedBuilder WithDescription(string description) => throw null!;
        public DiscordEmbed Build() => throw null!;
        public static implicit operator DiscordEmbed(DiscordEmbedBuilder builder) => throw null!;
    }

    public interface IDiscordMessageBuilder
    {
        string? Content { get; set; }
        IReadOnlyList<DiscordEmbed> Embeds { get; }
    }

    public abstract class BaseDiscordMessageBuilder<T> : IDiscordMessageBuilder where T : BaseDiscordMessageBuilder<T>
    {
        public string? Content { get; set; }
        public IReadOnlyList<DiscordEmbed> Embeds => throw null!;
        public T WithContent(string content) => throw null!;
        public T AddEmbed(DiscordEmbed embed) => throw null!;
    }

    public sealed class DiscordMessageBuilder : BaseDiscordMessageBuilder<DiscordMessageBuilder>
    {
        public DiscordMessageBuilder WithReply(ulong? messageId, bool mention = false, bool failOnInvalidReply = false) => throw null!;
        public Task<DiscordMessage> SendAsync(DiscordChannel channel) => throw null!;
    }

    public sealed class DiscordInteractionResponseBuilder : BaseDiscordMessageBuilder<DiscordInteractionResponseBuilder>
    {
        public bool IsEphemeral { get; set; }
        public DiscordInteractionResponseBuilder AsEphemeral(bool ephemeral = true) => throw null!;
    }

    public sealed class DiscordFollowupMessageBuilder : BaseDiscordMessageBuilder<DiscordFollowupMessageBuilder>
    {
        public bool IsEphemeral { get; set; }
    }

    public sealed class DiscordWebhookBuilder : BaseDiscordMessageBuilder<DiscordWebhookBuilder>
    {
    }

    public class DiscordModalBuilder
    {
        public string Title { get; set; } = null!;
        public string CustomId { get; set; } = null!;
    }

    public sealed class DiscordActivity
    {
        public DiscordActivity() { }
        public DiscordActivity(string name, DiscordActivityType type) { }
    }

    public enum DiscordActivityType { Playing = 0, Streaming = 1, ListeningTo = 2, Watching = 3, Custom = 4, Competing = 5 }

    public class DiscordInteraction : SnowflakeObject
    {
        public DiscordInteractionType Type { get; internal set; }
        public ulong? GuildId { get; internal set; }
        public DiscordGuild? Guild => throw null!;
        public DiscordChannel Channel { get; internal set; } = null!;
        public DiscordUser User { get; internal set; } = null!;
        public string Token { get; internal set; } = null!;
        public virtual Task CreateResponseAsync(DiscordInteractionResponseType type, DiscordInteractionResponseBuilder? builder = null) => throw null!;
        public virtual Task CreateResponseAsync(DiscordInteractionResponseType type, DiscordModalBuilder builder) => throw null!;
        public Task DeferAsync(bool ephemeral = false) => throw null!;
        public Task<DiscordMessage> GetOriginalResponseAsync() => throw null!;
        public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordFollowupMessageBuilder builder) => throw null!;
    }
}

namespace DSharpPlus.EventArgs
{
    using DSharpPlus.AsyncEvents;
    using DSharpPlus.Entities;

    public abstract class DiscordEventArgs : AsyncEventArgs
    {
    }

    public sealed class SessionCreatedEventArgs : DiscordEventArgs
    {
    }

    public class GuildCreatedEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; } = null!;
    }

    public class GuildAvailableEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; } = null!;
    }

    public class GuildDownloadCompletedEventArgs : DiscordEventArgs
    {
        public IReadOnlyDictionary<ulong, DiscordGuild> Guilds { get; } = null!;
    }

    public class GuildMemberAddedEventArgs : DiscordEventArgs
    {
        public DiscordMember Member { get; internal set; } = null!;
        public DiscordGuild Guild { get; internal set; } = null!;
    }

    public class GuildMemberRemovedEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; } = null!;
        public DiscordMember Member { get; internal set; } = null!;
    }

    public class GuildMemberUpdatedEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; } = null!;
        public DiscordMember MemberBefore { get; internal set; } = null!;
        public DiscordMember MemberAfter { get; internal set; } = null!;
    }

    public class GuildMembersChunkedEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; } = null!;
        public IReadOnlyCollection<DiscordMember> Members { get; internal set; } = null!;
    }

    public class MessageCreatedEventArgs : DiscordEventArgs
    {
        public DiscordMessage Message { get; internal set; } = null!;
        public DiscordChannel Channel => throw null!;
        public DiscordGuild? Guild => throw null!;
        public DiscordUser Author => throw null!;
        public IReadOnlyList<DiscordUser> MentionedUsers { get; internal set; } = null!;
    }

    public class MessageUpdatedEventArgs : DiscordEventArgs
    {
        public DiscordMessage Message { get; internal set; } = null!;
        public DiscordMessage? MessageBefore { get; internal set; }
        public DiscordChannel Channel => throw null!;
        public DiscordGuild? Guild => throw null!;
        public DiscordUser Author => throw null!;
    }

    public class InteractionCreatedEventArgs : DiscordEventArgs
    {
        public DiscordInteraction Interaction { get; internal set; } = null!;
    }

    public class ComponentInteractionCreatedEventArgs : InteractionCreatedEventArgs
    {
        public string Id => throw null!;
        public DiscordUser User => throw null!;
        public DiscordGuild? Guild => throw null!;
        public DiscordChannel Channel => throw null!;
        public DiscordMessage Message { get; internal set; } = null!;
    }

    public class ModalSubmittedEventArgs : InteractionCreatedEventArgs
    {
        public IReadOnlyDictionary<string, string> Values { get; } = null!;
    }

    public sealed class ContextMenuInteractionCreatedEventArgs : InteractionCreatedEventArgs
    {
        public DiscordUser? TargetUser { get; internal set; }
        public DiscordMessage? TargetMessage { get; internal set; }
    }
}

namespace DSharpPlus.Net
{
    using DSharpPlus.Entities;

    public sealed class RestResponse
    {
        public HttpStatusCode ResponseCode { get; internal set; }
        public string? Response { get; internal set; }
    }

    public sealed class DiscordRestApiClient
    {
        public ValueTask<DiscordDmChannel> CreateDmAsync(ulong recipientId) => throw null!;
        public ValueTask<DiscordMessage> CreateMessageAsync(ulong channelId, string? content, IEnumerable<DiscordEmbed>? embeds, ulong? replyMessageId, bool mentionReply, bool failOnInvalidReply, bool suppressNotifications) => throw null!;
        public ValueTask<DiscordMessage> CreateMessageAsync(ulong channelId, DiscordMessageBuilder builder) => throw null!;
        public ValueTask<IReadOnlyList<DiscordMember>> ListGuildMembersAsync(ulong guildId, int? limit = null, ulong? after = null) => throw null!;
    }

    public sealed class RestClientOptions
    {
        public int MaximumRatelimitRetries { get; set; } = int.MaxValue;
        public TimeSpan RatelimitRetryDelayFallback { get; set; }
    }
}

namespace DSharpPlus.Exceptions
{
    using DSharpPlus.Net;

    public abstract class DiscordException : Exception
    {
        public HttpRequestMessage? Request { get; internal set; }
        public RestResponse? Response { get; internal set; }
        public string? JsonMessage { get; internal set; }
    }

    public class RateLimitException : DiscordException
    {
        internal RateLimitException(HttpRequestMessage request, RestResponse response) { }
        public TimeSpan? RetryAfter { get; }
        public bool IsGlobal { get; }
    }

    public class BadRequestException : DiscordException
    {
    }

    public class NotFoundException : DiscordException
    {
    }

    public class UnauthorizedException : DiscordException
    {
    }

    public class ServerErrorException : DiscordException
    {
    }
}

namespace DSharpPlus.Commands
{
    using DSharpPlus.Entities;

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Delegate)]
    public sealed class CommandAttribute : Attribute
    {
        public CommandAttribute(string name) { }
        public string Name { get; init; } = null!;
    }

    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Method | AttributeTargets.Delegate)]
    public sealed class DescriptionAttribute : Attribute
    {
        public DescriptionAttribute(string description) { }
    }

    public class Command
    {
        public string Name { get; init; } = null!;
    }

    public abstract record AbstractContext
    {
        public required DiscordUser User { get; init; }
        public required DiscordChannel Channel { get; init; }
        public DiscordGuild? Guild => throw null!;
        public DiscordMember? Member => throw null!;
        public required DiscordClient Client { get; init; }
        public required IServiceProvider ServiceProvider { get; init; }
    }

    public abstract record CommandContext : AbstractContext
    {
        public required Command Command { get; init; }
        public virtual ValueTask RespondAsync(string content) => throw null!;
        public virtual ValueTask RespondAsync(DiscordEmbed embed) => throw null!;
        public virtual ValueTask RespondAsync(string content, DiscordEmbed embed) => throw null!;
        public abstract ValueTask RespondAsync(IDiscordMessageBuilder builder);
        public abstract ValueTask DeferResponseAsync();
        public virtual ValueTask<DiscordMessage> EditResponseAsync(string content) => throw null!;
        public abstract ValueTask<DiscordMessage> EditResponseAsync(IDiscordMessageBuilder builder);
        public abstract ValueTask<DiscordMessage?> GetResponseAsync();
        public virtual ValueTask<DiscordMessage> FollowupAsync(string content) => throw null!;
        public virtual ValueTask<DiscordMessage> FollowupAsync(DiscordEmbed embed) => throw null!;
        public virtual ValueTask<DiscordMessage> FollowupAsync(string content, DiscordEmbed embed) => throw null!;
        public abstract ValueTask<DiscordMessage> FollowupAsync(IDiscordMessageBuilder builder);
    }

    public class CommandsExtension
    {
        public void AddCommands<T>() => throw null!;
        public void AddCommands(Assembly assembly, params ulong[] guildIds) => throw null!;
        public void AddCommands(Type type, params ulong[] guildIds) => throw null!;
    }
}

namespace DSharpPlus.Commands.Processors.SlashCommands
{
    using DSharpPlus.Entities;

    public record SlashCommandContext : CommandContext
    {
        public required DiscordInteraction Interaction { get; init; }
        public virtual ValueTask RespondAsync(string content, bool ephemeral) => throw null!;
        public virtual ValueTask RespondAsync(DiscordEmbed embed, bool ephemeral) => throw null!;
        public virtual ValueTask RespondAsync(string content, DiscordEmbed embed, bool ephemeral) => throw null!;
        public override ValueTask RespondAsync(IDiscordMessageBuilder builder) => throw null!;
        public override ValueTask DeferResponseAsync() => throw null!;
        public virtual ValueTask DeferResponseAsync(bool ephemeral) => throw null!;
        public override ValueTask<DiscordMessage> EditResponseAsync(IDiscordMessageBuilder builder) => throw null!;
        public override ValueTask<DiscordMessage?> GetResponseAsync() => throw null!;
        public virtual ValueTask<DiscordMessage> FollowupAsync(string content, bool ephemeral) => throw null!;
        public override ValueTask<DiscordMessage> FollowupAsync(IDiscordMessageBuilder builder) => throw null!;
    }
}

namespace DSharpPlus.Commands.Processors.TextCommands
{
    using DSharpPlus.Entities;

    public sealed record TextCommandContext : CommandContext
    {
        public required DiscordMessage Message { get; init; }
        public override ValueTask RespondAsync(IDiscordMessageBuilder builder) => throw null!;
        public override ValueTask DeferResponseAsync() => throw null!;
        public override ValueTask<DiscordMessage> EditResponseAsync(IDiscordMessageBuilder builder) => throw null!;
        public override ValueTask<DiscordMessage?> GetResponseAsync() => throw null!;
        public override ValueTask<DiscordMessage> FollowupAsync(IDiscordMessageBuilder builder) => throw null!;
    }
}

namespace DSharpPlus.CommandsNext
{
    using DSharpPlus.Entities;

    public sealed class CommandContext
    {
        public DiscordClient Client { get; } = null!;
        public DiscordMessage Message { get; internal set; } = null!;
        public DiscordChannel Channel => throw null!;
        public DiscordGuild Guild => throw null!;
        public DiscordUser User => throw null!;
        public DiscordMember? Member => throw null!;
        public Task<DiscordMessage> RespondAsync(string content) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> RespondAsync(Action<DiscordMessageBuilder> action) => throw null!;
    }

    public abstract class BaseCommandModule
    {
        public virtual Task BeforeExecutionAsync(CommandContext ctx) => throw null!;
        public virtual Task AfterExecutionAsync(CommandContext ctx) => throw null!;
    }

    public sealed class CommandExecutionEventArgs : DSharpPlus.AsyncEvents.AsyncEventArgs
    {
        public CommandContext Context { get; internal set; } = null!;
    }

    public class CommandsNextExtension
    {
        public void RegisterCommands<T>() where T : BaseCommandModule => throw null!;
        public void RegisterCommands(Assembly assembly) => throw null!;
        public event DSharpPlus.AsyncEvents.AsyncEventHandler<CommandsNextExtension, CommandExecutionEventArgs>? CommandExecuted;
    }
}

namespace DSharpPlus.CommandsNext.Attributes
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class CommandAttribute : Attribute
    {
        public CommandAttribute() { }
        public CommandAttribute(string name) { }
        public string Name { get; } = null!;
    }
}

#if !STUB_NO_MSEXT_SHIMS
// Minimal shims of Microsoft.Extensions.DependencyInjection.Abstractions, only so that this stub compiles alone
// against the framework reference assemblies. Define STUB_NO_MSEXT_SHIMS and reference the real package instead
// when a test needs both.
namespace Microsoft.Extensions.DependencyInjection
{
    public enum ServiceLifetime { Singleton, Scoped, Transient }

    public interface IServiceCollection : IList<ServiceDescriptor>
    {
    }

    public class ServiceDescriptor
    {
        public ServiceLifetime Lifetime { get; }
        public Type ServiceType { get; } = null!;
    }
}
#endif
