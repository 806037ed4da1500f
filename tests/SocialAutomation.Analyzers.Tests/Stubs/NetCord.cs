// assembly: NetCord
// Test stub mirroring the public shape of NetCord 1.0.0-beta.12 (NetCord, NetCord.Services, NetCord.Hosting,
// NetCord.Hosting.Services) as far as bot code touches it, including the members NetCord generates at build
// time (RestClient aliases such as TextChannel.SendMessageAsync and User.GetDMChannelAsync, gateway events,
// I{Event}GatewayHandler interfaces). Namespaces, type names, inheritance and member signatures follow the
// real library so that documentation comment ids match; bodies are empty.
#nullable enable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections;
using System.Collections.Generic;
using System.Net;
using System.Reflection;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace NetCord
{
    using NetCord.Rest;

    public interface IEntity
    {
        ulong Id { get; }
    }

    public abstract class Entity : IEntity
    {
        public abstract ulong Id { get; }
        public DateTimeOffset CreatedAt => throw null!;
    }

    public abstract class ClientEntity : Entity
    {
    }

    public interface IToken
    {
        string RawToken { get; }
    }

    public interface IEntityToken : IToken
    {
        ulong Id { get; }
    }

    public class BotToken : IEntityToken
    {
        public BotToken(string token) { }
        public string RawToken => throw null!;
        public ulong Id => throw null!;
    }

    [Flags]
    public enum MessageFlags
    {
        Crossposted = 1 << 0,
        SuppressEmbeds = 1 << 2,
        Ephemeral = 1 << 6,
        SuppressNotifications = 1 << 12,
    }

    public partial class User : ClientEntity, ISpanFormattable
    {
        public override ulong Id => throw null!;
        public string Username => throw null!;
        public string? GlobalName => throw null!;
        public ushort Discriminator => throw null!;
        public bool IsBot => throw null!;
        public bool IsSystemUser => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.GetDMChannelAsync"/>.</summary>
        public Task<DMChannel> GetDMChannelAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public override string ToString() => throw null!;
        public string ToString(string? format, IFormatProvider? formatProvider) => throw null!;
        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) => throw null!;
    }

    public partial class CurrentUser : User
    {
    }

    public partial class PartialGuildUser : User
    {
        public string? Nickname => throw null!;
        public DateTimeOffset JoinedAt => throw null!;
        public IReadOnlyList<ulong> RoleIds => throw null!;
    }

    public partial class GuildUser : PartialGuildUser
    {
        public ulong GuildId { get; }
    }

    public abstract partial class Channel : ClientEntity
    {
        public override ulong Id => throw null!;
    }

    public interface IGuildChannel : IEntity
    {
        ulong GuildId { get; }
        string Name { get; }
        int Position { get; }
    }

    public abstract partial class TextChannel : Channel
    {
        public ulong? LastMessageId => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.SendMessageAsync"/>.</summary>
        public Task<RestMessage> SendMessageAsync(MessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task TriggerTypingStateAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.GetMessagesAsync"/>.</summary>
        public IAsyncEnumerable<RestMessage> GetMessagesAsync(PaginationProperties<ulong>? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
    }

    public partial class DMChannel : TextChannel
    {
        public IReadOnlyDictionary<ulong, User> Users => throw null!;
    }

    public partial class GroupDMChannel : DMChannel
    {
        public string Name => throw null!;
    }

    public partial class TextGuildChannel : TextChannel, IGuildChannel
    {
        public ulong GuildId => throw null!;
        public string Name => throw null!;
        public int Position => throw null!;
        public string? Topic => throw null!;
    }

    public partial class AnnouncementGuildChannel : TextGuildChannel
    {
    }

    public interface IInteraction : IEntity
    {
        ulong ApplicationId { get; }
        string Token { get; }
        User User { get; }
        Task<InteractionCallbackResponse?> SendResponseAsync(InteractionCallbackProperties callback, bool withResponse = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default);
    }

    public abstract partial class Interaction : ClientEntity, IInteraction
    {
        public override ulong Id => throw null!;
        public ulong ApplicationId => throw null!;
        public string Token => throw null!;
        public User User => throw null!;
        public ulong? GuildId => throw null!;
        public NetCord.Gateway.Guild? Guild => throw null!;
        public TextChannel Channel => throw null!;
        public Task<InteractionCallbackResponse?> SendResponseAsync(InteractionCallbackProperties callback, bool withResponse = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        /// <summary>Generated aliases of the RestClient interaction response methods.</summary>
        public Task<RestMessage> GetResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> ModifyResponseAsync(Action<MessageOptions> action, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> SendFollowupMessageAsync(InteractionMessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public abstract partial class ApplicationCommandInteraction : Interaction
    {
    }

    public partial class SlashCommandInteraction : ApplicationCommandInteraction
    {
    }

    public partial class UserCommandInteraction : ApplicationCommandInteraction
    {
        public User Target => throw null!;
    }

    public partial class MessageCommandInteraction : ApplicationCommandInteraction
    {
    }

    public abstract partial class ComponentInteraction : Interaction
    {
        public RestMessage Message => throw null!;
    }

    public partial class ButtonInteraction : ComponentInteraction
    {
    }

    public partial class ModalInteraction : Interaction
    {
    }
}

namespace NetCord.Rest
{
    using NetCord.Rest.RateLimits;

    [Flags]
    public enum RestRateLimitHandling : sbyte
    {
        NoRetry = 0,
        RetryUser = 1 << 0,
        RetryGlobal = 1 << 1,
        RetryShared = 1 << 2,
        Retry = RetryUser | RetryGlobal | RetryShared,
    }

    public enum RateLimitScope : byte { User, Global, Shared }

    public partial class RestRequestProperties
    {
        public RestRateLimitHandling? RateLimitHandling { get; set; }
        public string? AuditLogReason { get; set; }
    }

    public partial class PaginationProperties<T> where T : struct
    {
        public T? From { get; set; }
        public int? BatchSize { get; set; }
    }

    public partial class MessageReferenceProperties
    {
        public static MessageReferenceProperties Reply(ulong messageId, bool failIfNotExists = true) => throw null!;
    }

    public partial class MessageProperties
    {
        public string? Content { get; set; }
        public MessageReferenceProperties? MessageReference { get; set; }
        public IEnumerable<EmbedProperties>? Embeds { get; set; }
        public MessageFlags? Flags { get; set; }
        public static implicit operator MessageProperties(string content) => throw null!;
    }

    public partial class ReplyMessageProperties
    {
        public string? Content { get; set; }
        public IEnumerable<EmbedProperties>? Embeds { get; set; }
        public static implicit operator ReplyMessageProperties(string content) => throw null!;
    }

    public partial class InteractionMessageProperties
    {
        public string? Content { get; set; }
        public IEnumerable<EmbedProperties>? Embeds { get; set; }
        public MessageFlags? Flags { get; set; }
        public static implicit operator InteractionMessageProperties(string content) => throw null!;
    }

    public partial class EmbedProperties
    {
        public string? Title { get; set; }
        public string? Description { get; set; }
    }

    public partial class MessageOptions
    {
        public string? Content { get; set; }
    }

    public partial class ModalProperties
    {
        public ModalProperties(string customId, string title) { }
    }

    public abstract partial class InteractionCallbackProperties
    {
    }

    public partial class InteractionCallbackProperties<T> : InteractionCallbackProperties
    {
        public T Data { get; set; } = default!;
    }

    public static partial class InteractionCallback
    {
        public static InteractionCallbackProperties Pong => throw null!;
        public static InteractionCallbackProperties DeferredModifyMessage => throw null!;
        public static InteractionCallbackProperties<InteractionMessageProperties> Message(InteractionMessageProperties message) => throw null!;
        public static InteractionCallbackProperties DeferredMessage(MessageFlags? flags = null) => throw null!;
        public static InteractionCallbackProperties<MessageOptions> ModifyMessage(Action<MessageOptions> action) => throw null!;
        public static InteractionCallbackProperties<ModalProperties> Modal(ModalProperties modal) => throw null!;
    }

    public partial class InteractionCallbackResponse
    {
        public RestMessage? Message => throw null!;
    }

    public sealed partial class RestClient : IDisposable
    {
        public RestClient() { }
        public RestClient(IToken token) { }
        public Task<DMChannel> GetDMChannelAsync(ulong userId, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> SendMessageAsync(ulong channelId, MessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<GuildUser> GetGuildUsersAsync(ulong guildId, PaginationProperties<ulong>? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
        public Task<InteractionCallbackResponse?> SendInteractionResponseAsync(ulong interactionId, string interactionToken, InteractionCallbackProperties callback, bool withResponse = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public IAsyncEnumerable<RestMessage> GetMessagesAsync(ulong channelId, PaginationProperties<ulong>? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
        public IAsyncEnumerable<GuildUserInfo> SearchGuildUsersAsync(ulong guildId, GuildUsersSearchPaginationProperties? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
        public Task<RestMessage> SendInteractionFollowupMessageAsync(ulong applicationId, string interactionToken, InteractionMessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestGuild> GetGuildAsync(ulong guildId, bool withCounts = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<User> GetUserAsync(ulong userId, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }

    public partial class RestMessage : ClientEntity
    {
        public override ulong Id => throw null!;
        public ulong ChannelId => throw null!;
        public User Author => throw null!;
        public string Content => throw null!;
        public IReadOnlyList<User> MentionedUsers => throw null!;
        public RestMessage? ReferencedMessage => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.SendMessageAsync"/> for the message's channel.</summary>
        public Task<RestMessage> SendAsync(MessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> ReplyAsync(ReplyMessageProperties replyMessage, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public partial class RestGuild : ClientEntity
    {
        public override ulong Id => throw null!;
        public string Name => throw null!;
        public ulong OwnerId => throw null!;
        public ulong? SystemChannelId => throw null!;
        public ulong? RulesChannelId => throw null!;
        public ulong? PublicUpdatesChannelId => throw null!;
        public int? ApproximateUserCount => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.GetGuildUsersAsync"/>.</summary>
        public IAsyncEnumerable<GuildUser> GetUsersAsync(PaginationProperties<ulong>? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
        /// <summary>Generated alias of <see cref="RestClient.SearchGuildUsersAsync"/>.</summary>
        public IAsyncEnumerable<GuildUserInfo> SearchUsersAsync(GuildUsersSearchPaginationProperties? paginationProperties = null, RestRequestProperties? properties = null) => throw null!;
    }

    public partial class GuildUserInfo
    {
        public GuildUser User => throw null!;
    }

    public partial class GuildUsersSearchPaginationProperties
    {
        public int? Limit { get; set; }
    }

    public class RestError
    {
        public int Code { get; set; }
        public string Message { get; set; } = null!;
    }

    public class RestRateLimitedException : Exception
    {
        public RestRateLimitedException(Route route, int retryAfter, RateLimitScope scope) { }
        public Route Route => throw null!;
        public int ResetAfter { get; }
        public RateLimitScope Scope { get; }
    }

    public class RestException : Exception
    {
        public RestException(HttpStatusCode statusCode, string? reasonPhrase) { }
        public RestException(HttpStatusCode statusCode, string? reasonPhrase, RestError error) { }
        public HttpStatusCode StatusCode { get; }
        public string? ReasonPhrase { get; }
        public RestError? Error { get; }
    }
}

namespace NetCord.Rest.RateLimits
{
    public partial class Route : IEquatable<Route>
    {
        public bool Equals(Route? other) => throw null!;
        public override bool Equals(object? obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }
}

namespace NetCord.Gateway
{
    using NetCord.Rest;

    [Flags]
    public enum GatewayIntents : uint
    {
        Guilds = 1 << 0,
        GuildUsers = 1 << 1,
        GuildMessages = 1 << 9,
        DirectMessages = 1 << 12,
        MessageContent = 1 << 15,
        AllNonPrivileged = 0x1B3EFD,
        All = 0x1BBFFF,
    }

    public partial class GatewayClientConfiguration
    {
        public GatewayIntents? Intents { get; set; }
    }

    public partial class PresenceProperties
    {
    }

    public partial class WebSocketMessageProperties
    {
    }

    public partial class GuildUsersRequestProperties
    {
        public GuildUsersRequestProperties(ulong guildId) { }
        public string? Query { get; set; }
        public int? Limit { get; set; }
    }

    public interface IGatewayClientCache : IDisposable
    {
        CurrentUser? User { get; }
        IReadOnlyDictionary<ulong, DMChannel> DMChannels { get; }
        IReadOnlyDictionary<ulong, Guild> Guilds { get; }
    }

    public abstract class WebSocketClient : IDisposable
    {
        public event Func<ValueTask>? Connect;
        public event Func<ValueTask>? Ready;
        public Task CloseAsync(System.Net.WebSockets.WebSocketCloseStatus status = System.Net.WebSockets.WebSocketCloseStatus.NormalClosure, string? statusDescription = null, CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }
    }

    public sealed partial class GatewayClient : WebSocketClient, IEntity
    {
        public GatewayClient(IEntityToken token, GatewayClientConfiguration? configuration = null) { }
        public ulong Id => throw null!;
        public RestClient Rest => throw null!;
        public IGatewayClientCache Cache => throw null!;
        public Task StartAsync(PresenceProperties? presence = null, CancellationToken cancellationToken = default) => throw null!;
        public ValueTask RequestGuildUsersAsync(GuildUsersRequestProperties requestProperties, WebSocketMessageProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;

        public event Func<GuildCreateEventArgs, ValueTask>? GuildCreate;
        public event Func<GuildUser, ValueTask>? GuildUserAdd;
        public event Func<GuildUser, ValueTask>? GuildUserUpdate;
        public event Func<GuildUserRemoveEventArgs, ValueTask>? GuildUserRemove;
        public event Func<GuildUserChunkEventArgs, ValueTask>? GuildUserChunk;
        public event Func<Message, ValueTask>? MessageCreate;
        public event Func<Message, ValueTask>? MessageUpdate;
        public event Func<Interaction, ValueTask>? InteractionCreate;
    }

    public sealed partial class ShardedGatewayClient : IReadOnlyList<GatewayClient>, IDisposable
    {
        public ShardedGatewayClient(IEntityToken token, ShardedGatewayClientConfiguration? configuration = null) { }
        public GatewayClient this[int index] => throw null!;
        public int Count => throw null!;
        public IEnumerator<GatewayClient> GetEnumerator() => throw null!;
        IEnumerator IEnumerable.GetEnumerator() => throw null!;
        public Task StartAsync(CancellationToken cancellationToken = default) => throw null!;
        public void Dispose() { }

        public event Func<GatewayClient, GuildCreateEventArgs, ValueTask>? GuildCreate;
        public event Func<GatewayClient, GuildUser, ValueTask>? GuildUserAdd;
        public event Func<GatewayClient, GuildUser, ValueTask>? GuildUserUpdate;
        public event Func<GatewayClient, GuildUserRemoveEventArgs, ValueTask>? GuildUserRemove;
        public event Func<GatewayClient, GuildUserChunkEventArgs, ValueTask>? GuildUserChunk;
        public event Func<GatewayClient, Message, ValueTask>? MessageCreate;
        public event Func<GatewayClient, Message, ValueTask>? MessageUpdate;
        public event Func<GatewayClient, Interaction, ValueTask>? InteractionCreate;
    }

    public partial class ShardedGatewayClientConfiguration
    {
        public GatewayIntents? Intents { get; set; }
    }

    public partial class Guild : RestGuild
    {
        public IReadOnlyDictionary<ulong, IGuildChannel> Channels { get; set; } = null!;
        public IReadOnlyDictionary<ulong, GuildUser> Users { get; set; } = null!;
        public int UserCount { get; }
    }

    public partial class Message : RestMessage
    {
        public ulong? GuildId => throw null!;
        public Guild? Guild => throw null!;
        public TextChannel? Channel => throw null!;
    }

    public partial class GuildCreateEventArgs
    {
        public ulong GuildId => throw null!;
        public Guild? Guild => throw null!;
    }

    public partial class GuildUserRemoveEventArgs
    {
        public User User => throw null!;
        public ulong GuildId => throw null!;
    }

    public partial class GuildUserChunkEventArgs
    {
        public ulong GuildId => throw null!;
        public IReadOnlyList<GuildUser> Users => throw null!;
    }

    public class WebSocketRateLimitedException : Exception
    {
        public WebSocketRateLimitedException(int resetAfter) { }
        public int ResetAfter { get; }
    }
}

namespace NetCord.Services
{
    public interface IContext
    {
    }

    public interface IUserContext : IContext
    {
        User User { get; }
    }

    public interface IChannelContext : IContext
    {
        TextChannel Channel { get; }
    }

    public interface IGuildContext : IContext
    {
        NetCord.Gateway.Guild? Guild { get; }
    }

    public interface IGatewayClientContext : IContext
    {
        NetCord.Gateway.GatewayClient Client { get; }
    }
}

namespace NetCord.Services.ApplicationCommands
{
    using NetCord.Gateway;
    using NetCord.Rest;

    public interface IApplicationCommandContext : IContext
    {
        ApplicationCommandInteraction Interaction { get; }
    }

    public class ApplicationCommandContext : IApplicationCommandContext, IUserContext, IChannelContext, IGuildContext, IGatewayClientContext
    {
        public ApplicationCommandContext(ApplicationCommandInteraction interaction, GatewayClient client) { }
        public virtual ApplicationCommandInteraction Interaction => throw null!;
        public GatewayClient Client => throw null!;
        public User User => throw null!;
        public Guild? Guild => throw null!;
        public TextChannel Channel => throw null!;
    }

    public class SlashCommandContext : ApplicationCommandContext
    {
        public SlashCommandContext(SlashCommandInteraction interaction, GatewayClient client) : base(interaction, client) { }
        public override SlashCommandInteraction Interaction => throw null!;
    }

    public class UserCommandContext : ApplicationCommandContext
    {
        public UserCommandContext(UserCommandInteraction interaction, GatewayClient client) : base(interaction, client) { }
        public User Target => throw null!;
    }

    public abstract class BaseApplicationCommandModule<TContext> where TContext : IApplicationCommandContext
    {
        public TContext Context { get; internal set; } = default!;
    }

    public abstract class ApplicationCommandModule<TContext> : BaseApplicationCommandModule<TContext> where TContext : IApplicationCommandContext
    {
        public Task<InteractionCallbackResponse?> RespondAsync(InteractionCallbackProperties callback, bool withResponse = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> GetResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> ModifyResponseAsync(Action<MessageOptions> action, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> FollowupAsync(InteractionMessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> GetFollowupAsync(ulong messageId, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> ModifyFollowupAsync(ulong messageId, Action<MessageOptions> action, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteFollowupAsync(ulong messageId, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public abstract class ApplicationCommandAttribute : Attribute
    {
        protected ApplicationCommandAttribute(string name) { }
        public string Name => throw null!;
    }

    public class SlashCommandAttribute : ApplicationCommandAttribute
    {
        public SlashCommandAttribute(string name, string description) : base(name) { }
        public string Description => throw null!;
    }

    public class UserCommandAttribute : ApplicationCommandAttribute
    {
        public UserCommandAttribute(string name) : base(name) { }
    }

    public class MessageCommandAttribute : ApplicationCommandAttribute
    {
        public MessageCommandAttribute(string name) : base(name) { }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class)]
    public class SubSlashCommandAttribute : Attribute
    {
        public SubSlashCommandAttribute(string name, string description) { }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public class SlashCommandParameterAttribute : Attribute
    {
        public string? Name { get; init; }
        public string? Description { get; init; }
    }

    public partial class ApplicationCommandService<TContext> where TContext : IApplicationCommandContext
    {
        public void AddModules(Assembly assembly) => throw null!;
        public void AddModule(Type type) => throw null!;
    }
}

namespace NetCord.Services.Commands
{
    using NetCord.Gateway;
    using NetCord.Rest;

    public interface ICommandContext : IContext
    {
        Message Message { get; }
    }

    public class CommandContext : ICommandContext, IUserContext, IChannelContext, IGuildContext, IGatewayClientContext
    {
        public CommandContext(Message message, GatewayClient client) { }
        public Message Message => throw null!;
        public GatewayClient Client => throw null!;
        public User User => throw null!;
        public Guild? Guild => throw null!;
        public TextChannel Channel => throw null!;
    }

    public abstract class BaseCommandModule<TContext> where TContext : ICommandContext
    {
        public TContext Context { get; internal set; } = default!;
    }

    public abstract class CommandModule<TContext> : BaseCommandModule<TContext> where TContext : ICommandContext
    {
        public Task<RestMessage> ReplyAsync(ReplyMessageProperties replyMessage, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> SendAsync(MessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class CommandAttribute : Attribute
    {
        public CommandAttribute(params string[] aliases) { }
        public IReadOnlyList<string> Aliases { get; } = null!;
    }

    public partial class CommandService<TContext> where TContext : ICommandContext
    {
        public void AddModules(Assembly assembly) => throw null!;
    }
}

namespace NetCord.Services.ComponentInteractions
{
    using NetCord.Gateway;
    using NetCord.Rest;

    public interface IComponentInteractionContext : IContext
    {
        ComponentInteraction Interaction { get; }
    }

    public class ButtonInteractionContext : IComponentInteractionContext, IUserContext, IChannelContext, IGuildContext, IGatewayClientContext
    {
        public ButtonInteractionContext(ButtonInteraction interaction, GatewayClient client) { }
        public ButtonInteraction Interaction => throw null!;
        ComponentInteraction IComponentInteractionContext.Interaction => Interaction;
        public GatewayClient Client => throw null!;
        public User User => throw null!;
        public Guild? Guild => throw null!;
        public TextChannel Channel => throw null!;
        public RestMessage Message => throw null!;
    }

    public abstract class BaseComponentInteractionModule<TContext> where TContext : IComponentInteractionContext
    {
        public TContext Context { get; internal set; } = default!;
    }

    public abstract class ComponentInteractionModule<TContext> : BaseComponentInteractionModule<TContext> where TContext : IComponentInteractionContext
    {
        public Task<InteractionCallbackResponse?> RespondAsync(InteractionCallbackProperties callback, bool withResponse = false, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> GetResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> ModifyResponseAsync(Action<MessageOptions> action, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task DeleteResponseAsync(RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<RestMessage> FollowupAsync(InteractionMessageProperties message, RestRequestProperties? properties = null, CancellationToken cancellationToken = default) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public class ComponentInteractionAttribute : Attribute
    {
        public ComponentInteractionAttribute(string customId) { }
        public string CustomId => throw null!;
    }
}

namespace NetCord.Hosting.Gateway
{
    using NetCord.Gateway;

    public interface IGatewayHandler
    {
    }

    public interface IShardedGatewayHandler
    {
    }

    // Generated per gateway event (HostingGatewayEventsGenerator).
    public interface IGuildUserAddGatewayHandler : IGatewayHandler
    {
        ValueTask HandleAsync(GuildUser arg);
    }

    public interface IGuildUserAddShardedGatewayHandler : IShardedGatewayHandler
    {
        ValueTask HandleAsync(GatewayClient client, GuildUser arg);
    }

    public interface IGuildUserRemoveGatewayHandler : IGatewayHandler
    {
        ValueTask HandleAsync(GuildUserRemoveEventArgs arg);
    }

    public interface IMessageCreateGatewayHandler : IGatewayHandler
    {
        ValueTask HandleAsync(Message arg);
    }

    public interface IMessageCreateShardedGatewayHandler : IShardedGatewayHandler
    {
        ValueTask HandleAsync(GatewayClient client, Message arg);
    }

    public interface IInteractionCreateGatewayHandler : IGatewayHandler
    {
        ValueTask HandleAsync(Interaction arg);
    }

    public interface IInteractionCreateShardedGatewayHandler : IShardedGatewayHandler
    {
        ValueTask HandleAsync(GatewayClient client, Interaction arg);
    }

    public abstract partial class GatewayEvent
    {
        public string Name => throw null!;
        public static GatewayEvent<GuildUser> GuildUserAdd => throw null!;
        public static GatewayEvent<GuildUser> GuildUserUpdate => throw null!;
        public static GatewayEvent<GuildUserRemoveEventArgs> GuildUserRemove => throw null!;
        public static GatewayEvent<Message> MessageCreate => throw null!;
        public static GatewayEvent<Interaction> InteractionCreate => throw null!;
    }

    public sealed partial class GatewayEvent<T> : GatewayEvent
    {
    }

    public static class GatewayHandlerServiceCollectionExtensions
    {
        public static IServiceCollection AddGatewayHandler<T>(this IServiceCollection services) where T : class, IGatewayHandler => throw null!;
        public static IServiceCollection AddGatewayHandler<T>(this IServiceCollection services, GatewayEvent<T> gatewayEvent, Delegate handler) => throw null!;
        public static IServiceCollection AddGatewayHandler(this IServiceCollection services, GatewayEvent gatewayEvent, Delegate handler) => throw null!;
        public static IServiceCollection AddGatewayHandler(this IServiceCollection services, Type handlerType) => throw null!;
        public static IServiceCollection AddGatewayHandlers(this IServiceCollection services, Assembly assembly) => throw null!;
        public static IServiceCollection AddShardedGatewayHandler<T>(this IServiceCollection services) where T : class, IShardedGatewayHandler => throw null!;
        public static IServiceCollection AddShardedGatewayHandlers(this IServiceCollection services, Assembly assembly) => throw null!;
    }

    public static class GatewayClientServiceCollectionExtensions
    {
        public static IServiceCollection AddDiscordGateway(this IServiceCollection services) => throw null!;
        public static IServiceCollection AddDiscordGateway(this IServiceCollection services, Action<GatewayClientOptions> configureOptions) => throw null!;
    }

    public class GatewayClientOptions
    {
        public string? Token { get; set; }
        public GatewayIntents? Intents { get; set; }
    }
}

namespace NetCord.Hosting.Services
{
    public static class ServicesHostExtensions
    {
        public static IHost AddModules(this IHost host, Assembly assembly) => throw null!;
    }
}

namespace NetCord.Hosting.Services.ApplicationCommands
{
    public static class ApplicationCommandServiceHostExtensions
    {
        public static IHost AddSlashCommand(this IHost host, string name, string description, Delegate handler) => throw null!;
        public static IHost AddUserCommand(this IHost host, string name, Delegate handler) => throw null!;
    }

    public static class ApplicationCommandServiceServiceCollectionExtensions
    {
        public static IServiceCollection AddApplicationCommands(this IServiceCollection services) => throw null!;
    }
}

#if !STUB_NO_MSEXT_SHIMS
// Minimal shims of Microsoft.Extensions.DependencyInjection.Abstractions and Microsoft.Extensions.Hosting.Abstractions,
// only so that this stub compiles alone against the framework reference assemblies. Define STUB_NO_MSEXT_SHIMS and
// reference the real packages instead when a test needs both.
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

namespace Microsoft.Extensions.Hosting
{
    public interface IHost : IDisposable
    {
        IServiceProvider Services { get; }
        Task StartAsync(CancellationToken cancellationToken = default);
        Task StopAsync(CancellationToken cancellationToken = default);
    }
}
#endif
