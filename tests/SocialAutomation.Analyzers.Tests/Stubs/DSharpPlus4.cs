// assembly: DSharpPlus
// Test stub mirroring the public shape of DSharpPlus 4.5.2 (DSharpPlus, DSharpPlus.CommandsNext,
// DSharpPlus.SlashCommands, DSharpPlus.Rest) as far as bot code touches it. Namespaces, type names,
// inheritance and member signatures follow the real library so that documentation comment ids match;
// bodies are empty. DSharpPlus 4.x does not use nullable reference annotations.
#nullable disable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.Reflection;
using System.Threading.Tasks;

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
    using DSharpPlus.AsyncEvents;
    using DSharpPlus.Entities;
    using DSharpPlus.EventArgs;

    public enum TokenType { User = 0, Bot = 1, Bearer = 2 }

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

    public enum ChannelType { Text = 0, Private = 1, Voice = 2, Group = 3, Category = 4, News = 5 }

    public enum InteractionResponseType
    {
        Pong = 1,
        ChannelMessageWithSource = 4,
        DeferredChannelMessageWithSource = 5,
        DeferredMessageUpdate = 6,
        UpdateMessage = 7,
        AutoCompleteResult = 8,
        Modal = 9,
    }

    public enum UserStatus { Offline = 0, Online = 1, Idle = 2, DoNotDisturb = 4, Invisible = 5 }

    public sealed class DiscordConfiguration
    {
        public DiscordConfiguration() { }
        public string Token { get; set; }
        public TokenType TokenType { get; set; }
        public DiscordIntents Intents { get; set; }
        public bool AutoReconnect { get; set; }
    }

    public abstract class BaseDiscordClient : IDisposable
    {
        public DiscordUser CurrentUser { get; internal set; }
        public DiscordApplication CurrentApplication { get; internal set; }
        public abstract IReadOnlyDictionary<ulong, DiscordGuild> Guilds { get; }
        public abstract void Dispose();
    }

    public sealed partial class DiscordClient : BaseDiscordClient
    {
        public DiscordClient(DiscordConfiguration config) { }
        public override IReadOnlyDictionary<ulong, DiscordGuild> Guilds => throw null!;
        public int Ping { get; }
        public Task ConnectAsync(DiscordActivity activity = null, UserStatus? status = null, DateTimeOffset? idlesince = null) => throw null!;
        public Task DisconnectAsync() => throw null!;
        public Task<DiscordChannel> GetChannelAsync(ulong id) => throw null!;
        public Task<DiscordGuild> GetGuildAsync(ulong id, bool? withCounts = null) => throw null!;
        public Task<DiscordUser> GetUserAsync(ulong userId, bool updateCache = false) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordChannel channel, Action<DiscordMessageBuilder> action) => throw null!;
        public override void Dispose() { }

        public event AsyncEventHandler<DiscordClient, ReadyEventArgs> Ready;
        public event AsyncEventHandler<DiscordClient, GuildCreateEventArgs> GuildCreated;
        public event AsyncEventHandler<DiscordClient, GuildCreateEventArgs> GuildAvailable;
        public event AsyncEventHandler<DiscordClient, GuildDownloadCompletedEventArgs> GuildDownloadCompleted;
        public event AsyncEventHandler<DiscordClient, GuildMemberAddEventArgs> GuildMemberAdded;
        public event AsyncEventHandler<DiscordClient, GuildMemberRemoveEventArgs> GuildMemberRemoved;
        public event AsyncEventHandler<DiscordClient, GuildMemberUpdateEventArgs> GuildMemberUpdated;
        public event AsyncEventHandler<DiscordClient, GuildMembersChunkEventArgs> GuildMembersChunked;
        public event AsyncEventHandler<DiscordClient, ThreadMembersUpdateEventArgs> ThreadMembersUpdated;
        public event AsyncEventHandler<DiscordClient, MessageCreateEventArgs> MessageCreated;
        public event AsyncEventHandler<DiscordClient, MessageUpdateEventArgs> MessageUpdated;
        public event AsyncEventHandler<DiscordClient, InteractionCreateEventArgs> InteractionCreated;
        public event AsyncEventHandler<DiscordClient, ComponentInteractionCreateEventArgs> ComponentInteractionCreated;
        public event AsyncEventHandler<DiscordClient, ModalSubmitEventArgs> ModalSubmitted;
        public event AsyncEventHandler<DiscordClient, ContextMenuInteractionCreateEventArgs> ContextMenuInteractionCreated;
    }

    public sealed partial class DiscordShardedClient
    {
        public DiscordShardedClient(DiscordConfiguration config) { }
        public IReadOnlyDictionary<int, DiscordClient> ShardClients { get; }
        public DiscordUser CurrentUser { get; }
        public Task StartAsync() => throw null!;
        public Task StopAsync() => throw null!;

        public event AsyncEventHandler<DiscordClient, ReadyEventArgs> Ready;
        public event AsyncEventHandler<DiscordClient, GuildCreateEventArgs> GuildCreated;
        public event AsyncEventHandler<DiscordClient, GuildCreateEventArgs> GuildAvailable;
        public event AsyncEventHandler<DiscordClient, GuildDownloadCompletedEventArgs> GuildDownloadCompleted;
        public event AsyncEventHandler<DiscordClient, GuildMemberAddEventArgs> GuildMemberAdded;
        public event AsyncEventHandler<DiscordClient, GuildMemberRemoveEventArgs> GuildMemberRemoved;
        public event AsyncEventHandler<DiscordClient, GuildMemberUpdateEventArgs> GuildMemberUpdated;
        public event AsyncEventHandler<DiscordClient, GuildMembersChunkEventArgs> GuildMembersChunked;
        public event AsyncEventHandler<DiscordClient, MessageCreateEventArgs> MessageCreated;
        public event AsyncEventHandler<DiscordClient, MessageUpdateEventArgs> MessageUpdated;
        public event AsyncEventHandler<DiscordClient, InteractionCreateEventArgs> InteractionCreated;
        public event AsyncEventHandler<DiscordClient, ComponentInteractionCreateEventArgs> ComponentInteractionCreated;
        public event AsyncEventHandler<DiscordClient, ModalSubmitEventArgs> ModalSubmitted;
        public event AsyncEventHandler<DiscordClient, ContextMenuInteractionCreateEventArgs> ContextMenuInteractionCreated;
    }

    /// <summary>Package DSharpPlus.Rest.</summary>
    public class DiscordRestClient : BaseDiscordClient
    {
        public DiscordRestClient(DiscordConfiguration config) { }
        public override IReadOnlyDictionary<ulong, DiscordGuild> Guilds => throw null!;
        public Task<DiscordDmChannel> CreateDmAsync(ulong recipient_id) => throw null!;
        public Task<DiscordMessage> CreateMessageAsync(ulong channel_id, string content) => throw null!;
        public Task<DiscordMessage> CreateMessageAsync(ulong channel_id, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> CreateMessageAsync(ulong channel_id, string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> CreateMessageAsync(ulong channel_id, DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> CreateMessageAsync(ulong channel_id, Action<DiscordMessageBuilder> action) => throw null!;
        public Task<IReadOnlyList<DiscordMember>> ListGuildMembersAsync(ulong guild_id, int? limit, ulong? after) => throw null!;
        public override void Dispose() { }
    }
}

namespace DSharpPlus.Entities
{
    public abstract class SnowflakeObject
    {
        public ulong Id { get; internal set; }
        public DateTimeOffset CreationTimestamp => throw null!;
        public BaseDiscordClient Discord { get; internal set; }
    }

    public class DiscordApplication : SnowflakeObject
    {
        public string Name { get; internal set; }
    }

    public class DiscordUser : SnowflakeObject, IEquatable<DiscordUser>
    {
        public virtual string Username { get; internal set; }
        public virtual string Discriminator { get; internal set; }
        public virtual string AvatarUrl => throw null!;
        public virtual bool IsBot { get; internal set; }
        public string Mention => throw null!;
        public bool IsCurrent => throw null!;
        public Task UnbanAsync(DiscordGuild guild, string reason = null) => throw null!;
        public bool Equals(DiscordUser e) => throw null!;
        public override bool Equals(object obj) => throw null!;
        public override int GetHashCode() => throw null!;
        public override string ToString() => throw null!;
    }

    public class DiscordMember : DiscordUser, IEquatable<DiscordMember>
    {
        public DiscordGuild Guild { get; }
        public string Nickname { get; internal set; }
        public string DisplayName => throw null!;
        public DateTimeOffset JoinedAt { get; }
        public IEnumerable<DiscordRole> Roles => throw null!;
        public Task<DiscordDmChannel> CreateDmChannelAsync() => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordMessageBuilder message) => throw null!;
        public Task GrantRoleAsync(DiscordRole role, string reason = null) => throw null!;
        public Task RemoveAsync(string reason = null) => throw null!;
        public bool Equals(DiscordMember e) => throw null!;
        public override bool Equals(object obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordRole : SnowflakeObject
    {
        public string Name { get; internal set; }
        public string Mention => throw null!;
    }

    public class DiscordChannel : SnowflakeObject, IEquatable<DiscordChannel>
    {
        public ulong? GuildId { get; internal set; }
        public DiscordGuild Guild => throw null!;
        public string Name { get; internal set; }
        public ChannelType Type { get; internal set; }
        public string Mention => throw null!;
        public bool IsPrivate => throw null!;
        public string Topic { get; internal set; }
        public virtual IReadOnlyList<DiscordMember> Users => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> SendMessageAsync(Action<DiscordMessageBuilder> action) => throw null!;
        public Task<DiscordMessage> GetMessageAsync(ulong id, bool skipCache = false) => throw null!;
        public Task<IReadOnlyList<DiscordMessage>> GetMessagesAsync(int limit = 100) => throw null!;
        public Task TriggerTypingAsync() => throw null!;
        public bool Equals(DiscordChannel e) => throw null!;
        public override bool Equals(object obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordDmChannel : DiscordChannel
    {
        public IReadOnlyList<DiscordUser> Recipients { get; internal set; }
    }

    public class DiscordGuild : SnowflakeObject, IEquatable<DiscordGuild>
    {
        public string Name { get; internal set; }
        public ulong OwnerId { get; internal set; }
        public DiscordChannel SystemChannel => throw null!;
        public DiscordChannel RulesChannel => throw null!;
        public DiscordChannel PublicUpdatesChannel => throw null!;
        public int MemberCount { get; internal set; }
        public IReadOnlyDictionary<ulong, DiscordMember> Members => throw null!;
        public IReadOnlyDictionary<ulong, DiscordChannel> Channels => throw null!;
        public DiscordMember Owner => throw null!;
        public DiscordMember CurrentMember => throw null!;
        public Task<IReadOnlyCollection<DiscordMember>> GetAllMembersAsync() => throw null!;
        public Task RequestMembersAsync(string query = "", int limit = 0, bool? presences = null, IEnumerable<ulong> userIds = null, string nonce = null) => throw null!;
        public Task<DiscordMember> GetMemberAsync(ulong userId, bool updateCache = false) => throw null!;
        public Task<IReadOnlyList<DiscordMember>> SearchMembersAsync(string name, int? limit = 1) => throw null!;
        public DiscordChannel GetDefaultChannel() => throw null!;
        public DiscordChannel GetChannel(ulong id) => throw null!;
        public Task<IReadOnlyList<DiscordChannel>> GetChannelsAsync() => throw null!;
        public bool Equals(DiscordGuild e) => throw null!;
        public override bool Equals(object obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public class DiscordMessage : SnowflakeObject, IEquatable<DiscordMessage>
    {
        public DiscordChannel Channel => throw null!;
        public ulong ChannelId { get; internal set; }
        public DiscordUser Author { get; internal set; }
        public string Content { get; internal set; }
        public IReadOnlyList<DiscordUser> MentionedUsers => throw null!;
        public DiscordMessage ReferencedMessage { get; internal set; }
        public Task<DiscordMessage> RespondAsync(string content) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> RespondAsync(Action<DiscordMessageBuilder> action) => throw null!;
        public Task DeleteAsync(string reason = null) => throw null!;
        public bool Equals(DiscordMessage e) => throw null!;
        public override bool Equals(object obj) => throw null!;
        public override int GetHashCode() => throw null!;
    }

    public sealed class DiscordEmbed
    {
        public string Title { get; internal set; }
        public string Description { get; internal set; }
    }

    public sealed class DiscordEmbedBuilder
    {
        public DiscordEmbedBuilder() { }
        public string Title { get; set; }
        public string Description { get; set; }
        public DiscordEmbedBuilder WithTitle(string title) => throw null!;
        public DiscordEmbedBuilder WithDescription(string description) => throw null!;
        public DiscordEmbed Build() => throw null!;
        public static implicit operator DiscordEmbed(DiscordEmbedBuilder builder) => throw null!;
    }

    public abstract class BaseDiscordMessageBuilder<T> where T : BaseDiscordMessageBuilder<T>
    {
        public string Content { get; set; }
        public IReadOnlyList<DiscordEmbed> Embeds => throw null!;
        public T WithContent(string content) => throw null!;
        public T AddEmbed(DiscordEmbed embed) => throw null!;
    }

    public sealed class DiscordMessageBuilder : BaseDiscordMessageBuilder<DiscordMessageBuilder>
    {
        public DiscordMessageBuilder() { }
        public DiscordMessageBuilder WithReply(ulong? messageId, bool mention = false, bool failOnInvalidReply = false) => throw null!;
        public Task<DiscordMessage> SendAsync(DiscordChannel channel) => throw null!;
    }

    public sealed class DiscordInteractionResponseBuilder : BaseDiscordMessageBuilder<DiscordInteractionResponseBuilder>
    {
        public DiscordInteractionResponseBuilder() { }
        public bool IsEphemeral { get; set; }
        public DiscordInteractionResponseBuilder AsEphemeral(bool ephemeral = true) => throw null!;
    }

    public sealed class DiscordFollowupMessageBuilder : BaseDiscordMessageBuilder<DiscordFollowupMessageBuilder>
    {
        public DiscordFollowupMessageBuilder() { }
        public bool IsEphemeral { get; set; }
    }

    public sealed class DiscordWebhookBuilder : BaseDiscordMessageBuilder<DiscordWebhookBuilder>
    {
        public DiscordWebhookBuilder() { }
    }

    public class DiscordAttachment : SnowflakeObject
    {
        public string FileName { get; internal set; }
    }

    public sealed class DiscordActivity
    {
        public DiscordActivity() { }
        public DiscordActivity(string name, ActivityType type) { }
    }

    public enum ActivityType { Playing = 0, Streaming = 1, ListeningTo = 2, Watching = 3, Custom = 4, Competing = 5 }

    public enum InteractionType { Ping = 1, ApplicationCommand = 2, Component = 3, AutoComplete = 4, ModalSubmit = 5 }

    public sealed class DiscordInteraction : SnowflakeObject
    {
        public InteractionType Type { get; internal set; }
        public DiscordInteractionData Data { get; internal set; }
        public ulong? GuildId { get; internal set; }
        public DiscordGuild Guild => throw null!;
        public ulong ChannelId { get; internal set; }
        public DiscordChannel Channel => throw null!;
        public DiscordUser User { get; internal set; }
        public string Token { get; internal set; }
        public Task CreateResponseAsync(InteractionResponseType type, DiscordInteractionResponseBuilder builder = null) => throw null!;
        public Task DeferAsync(bool ephemeral = false) => throw null!;
        public Task<DiscordMessage> GetOriginalResponseAsync() => throw null!;
        public Task<DiscordMessage> EditOriginalResponseAsync(DiscordWebhookBuilder builder, IEnumerable<DiscordAttachment> attachments = default) => throw null!;
        public Task DeleteOriginalResponseAsync() => throw null!;
        public Task<DiscordMessage> CreateFollowupMessageAsync(DiscordFollowupMessageBuilder builder) => throw null!;
    }

    public sealed class DiscordInteractionData : SnowflakeObject
    {
        public string Name { get; internal set; }
        public string CustomId { get; internal set; }
    }
}

namespace DSharpPlus.EventArgs
{
    using DSharpPlus.AsyncEvents;
    using DSharpPlus.Entities;

    public abstract class DiscordEventArgs : AsyncEventArgs
    {
    }

    public sealed class ReadyEventArgs : DiscordEventArgs
    {
    }

    public class GuildCreateEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; }
    }

    public class GuildDownloadCompletedEventArgs : DiscordEventArgs
    {
        public IReadOnlyDictionary<ulong, DiscordGuild> Guilds { get; }
    }

    public class GuildMemberAddEventArgs : DiscordEventArgs
    {
        public DiscordMember Member { get; internal set; }
        public DiscordGuild Guild { get; internal set; }
    }

    public class GuildMemberRemoveEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; }
        public DiscordMember Member { get; internal set; }
    }

    public class GuildMemberUpdateEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; }
        public DiscordMember Member { get; internal set; }
        public DiscordMember MemberBefore { get; internal set; }
        public DiscordMember MemberAfter { get; internal set; }
    }

    public class GuildMembersChunkEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; }
        public IReadOnlyCollection<DiscordMember> Members { get; internal set; }
    }

    public class ThreadMembersUpdateEventArgs : DiscordEventArgs
    {
        public DiscordGuild Guild { get; internal set; }
        public IReadOnlyList<DiscordMember> AddedMembers { get; internal set; }
    }

    public class MessageCreateEventArgs : DiscordEventArgs
    {
        public DiscordMessage Message { get; internal set; }
        public DiscordChannel Channel => throw null!;
        public DiscordGuild Guild => throw null!;
        public DiscordUser Author => throw null!;
        public IReadOnlyList<DiscordUser> MentionedUsers { get; internal set; }
    }

    public class MessageUpdateEventArgs : DiscordEventArgs
    {
        public DiscordMessage Message { get; internal set; }
        public DiscordMessage MessageBefore { get; internal set; }
        public DiscordChannel Channel => throw null!;
        public DiscordGuild Guild => throw null!;
        public DiscordUser Author => throw null!;
    }

    public class InteractionCreateEventArgs : DiscordEventArgs
    {
        public DiscordInteraction Interaction { get; internal set; }
    }

    public class ComponentInteractionCreateEventArgs : InteractionCreateEventArgs
    {
        public string Id => throw null!;
        public DiscordUser User => throw null!;
        public DiscordGuild Guild => throw null!;
        public DiscordChannel Channel => throw null!;
        public DiscordMessage Message { get; internal set; }
        public IReadOnlyList<string> Values => throw null!;
    }

    public class ModalSubmitEventArgs : InteractionCreateEventArgs
    {
        public IReadOnlyDictionary<string, string> Values { get; }
    }

    public sealed class ContextMenuInteractionCreateEventArgs : InteractionCreateEventArgs
    {
        public DiscordUser TargetUser { get; internal set; }
        public DiscordMessage TargetMessage { get; internal set; }
    }
}

namespace DSharpPlus.Net
{
    public abstract class BaseRestRequest
    {
        public Uri Url { get; }
    }

    public sealed class RestResponse
    {
        public int ResponseCode { get; internal set; }
        public IReadOnlyDictionary<string, string> Headers { get; internal set; }
        public string Response { get; internal set; }
    }
}

namespace DSharpPlus.Exceptions
{
    using DSharpPlus.Net;

    public abstract class DiscordException : Exception
    {
        public virtual BaseRestRequest WebRequest { get; internal set; }
        public virtual RestResponse WebResponse { get; internal set; }
        public virtual string JsonMessage { get; internal set; }
    }

    public class RateLimitException : DiscordException
    {
        internal RateLimitException(BaseRestRequest request, RestResponse response) { }
    }

    public class BadRequestException : DiscordException
    {
        public int Code { get; internal set; }
        public string Errors { get; internal set; }
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

    public class RequestSizeException : DiscordException
    {
    }
}

namespace DSharpPlus.CommandsNext
{
    using DSharpPlus.AsyncEvents;
    using DSharpPlus.Entities;

    public abstract class BaseExtension
    {
        public DiscordClient Client { get; protected set; }
    }

    public sealed class CommandsNextConfiguration
    {
        public IEnumerable<string> StringPrefixes { get; set; }
        public IServiceProvider Services { get; set; }
        public bool EnableDms { get; set; }
    }

    public class Command
    {
        public string Name { get; }
    }

    public sealed class CommandContext
    {
        public DiscordClient Client { get; }
        public DiscordMessage Message { get; internal set; }
        public DiscordChannel Channel => throw null!;
        public DiscordGuild Guild => throw null!;
        public DiscordUser User => throw null!;
        public DiscordMember Member => throw null!;
        public Command Command { get; internal set; }
        public string Prefix { get; internal set; }
        public IServiceProvider Services { get; internal set; }
        public Task<DiscordMessage> RespondAsync(string content) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(string content, DiscordEmbed embed) => throw null!;
        public Task<DiscordMessage> RespondAsync(DiscordMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> RespondAsync(Action<DiscordMessageBuilder> action) => throw null!;
        public Task TriggerTypingAsync() => throw null!;
    }

    public abstract class BaseCommandModule
    {
        public virtual Task BeforeExecutionAsync(CommandContext ctx) => throw null!;
        public virtual Task AfterExecutionAsync(CommandContext ctx) => throw null!;
    }

    public abstract class CommandEventArgs : AsyncEventArgs
    {
        public CommandContext Context { get; internal set; }
        public Command Command => throw null!;
    }

    public sealed class CommandExecutionEventArgs : CommandEventArgs
    {
    }

    public sealed class CommandErrorEventArgs : CommandEventArgs
    {
        public Exception Exception { get; internal set; }
    }

    public class CommandsNextExtension : BaseExtension
    {
        public void RegisterCommands<T>() where T : BaseCommandModule => throw null!;
        public void RegisterCommands(Type t) => throw null!;
        public void RegisterCommands(Assembly assembly) => throw null!;
        public event AsyncEventHandler<CommandsNextExtension, CommandExecutionEventArgs> CommandExecuted;
        public event AsyncEventHandler<CommandsNextExtension, CommandErrorEventArgs> CommandErrored;
    }

    public static class ExtensionMethods
    {
        public static CommandsNextExtension UseCommandsNext(this DiscordClient client, CommandsNextConfiguration cfg) => throw null!;
        public static CommandsNextExtension GetCommandsNext(this DiscordClient client) => throw null!;
    }
}

namespace DSharpPlus.CommandsNext.Attributes
{
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public sealed class CommandAttribute : Attribute
    {
        public CommandAttribute() { }
        public CommandAttribute(string name) { }
        public string Name { get; }
    }

    [AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false)]
    public sealed class DescriptionAttribute : Attribute
    {
        public DescriptionAttribute(string description) { }
        public string Description { get; }
    }
}

namespace DSharpPlus.SlashCommands
{
    using DSharpPlus.AsyncEvents;
    using DSharpPlus.CommandsNext;
    using DSharpPlus.Entities;
    using DSharpPlus.SlashCommands.EventArgs;

    public class BaseContext
    {
        public DiscordInteraction Interaction { get; internal set; }
        public DiscordClient Client { get; internal set; }
        public DiscordGuild Guild { get; internal set; }
        public DiscordChannel Channel { get; internal set; }
        public DiscordUser User { get; internal set; }
        public DiscordMember Member => throw null!;
        public string CommandName { get; internal set; }
        public IServiceProvider Services { get; internal set; }
        public Task CreateResponseAsync(InteractionResponseType type, DiscordInteractionResponseBuilder builder = null) => throw null!;
        public Task CreateResponseAsync(DiscordInteractionResponseBuilder builder) => throw null!;
        public Task CreateResponseAsync(string content, DiscordEmbed embed, bool ephemeral = false) => throw null!;
        public Task CreateResponseAsync(string content, bool ephemeral = false) => throw null!;
        public Task CreateResponseAsync(DiscordEmbed embed, bool ephemeral = false) => throw null!;
        public Task DeferAsync(bool ephemeral = false) => throw null!;
        public Task<DiscordMessage> EditResponseAsync(DiscordWebhookBuilder builder, IEnumerable<DiscordAttachment> attachments = default) => throw null!;
        public Task DeleteResponseAsync() => throw null!;
        public Task<DiscordMessage> FollowUpAsync(DiscordFollowupMessageBuilder builder) => throw null!;
        public Task<DiscordMessage> GetOriginalResponseAsync() => throw null!;
    }

    public sealed class InteractionContext : BaseContext
    {
        public IReadOnlyList<DiscordUser> ResolvedUserMentions { get; internal set; }
    }

    public sealed class ContextMenuContext : BaseContext
    {
        public DiscordUser TargetUser => throw null!;
        public DiscordMember TargetMember => throw null!;
        public DiscordMessage TargetMessage => throw null!;
    }

    public abstract class ApplicationCommandModule
    {
        public virtual Task<bool> BeforeSlashExecutionAsync(InteractionContext ctx) => throw null!;
        public virtual Task AfterSlashExecutionAsync(InteractionContext ctx) => throw null!;
        public virtual Task<bool> BeforeContextMenuExecutionAsync(ContextMenuContext ctx) => throw null!;
        public virtual Task AfterContextMenuExecutionAsync(ContextMenuContext ctx) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class SlashCommandAttribute : Attribute
    {
        public SlashCommandAttribute(string name, string description, bool defaultPermission = true, bool nsfw = false) { }
        public string Name { get; }
        public string Description { get; }
    }

    [AttributeUsage(AttributeTargets.Method)]
    public sealed class ContextMenuAttribute : Attribute
    {
        public ContextMenuAttribute(ApplicationCommandType type, string name, bool defaultPermission = true) { }
        public string Name { get; internal set; }
    }

    [AttributeUsage(AttributeTargets.Parameter)]
    public sealed class OptionAttribute : Attribute
    {
        public OptionAttribute(string name, string description, bool autocomplete = false) { }
    }

    public enum ApplicationCommandType { SlashCommand = 1, UserContextMenu = 2, MessageContextMenu = 3 }

    public sealed class SlashCommandsConfiguration
    {
        public IServiceProvider Services { get; set; }
    }

    public sealed class SlashCommandsExtension : BaseExtension
    {
        public void RegisterCommands<T>(ulong? guildId = null) where T : ApplicationCommandModule => throw null!;
        public void RegisterCommands(Type type, ulong? guildId = null) => throw null!;
        public void RegisterCommands(Assembly assembly, ulong? guildId = null) => throw null!;
        public event AsyncEventHandler<SlashCommandsExtension, SlashCommandExecutedEventArgs> SlashCommandExecuted;
        public event AsyncEventHandler<SlashCommandsExtension, SlashCommandInvokedEventArgs> SlashCommandInvoked;
        public event AsyncEventHandler<SlashCommandsExtension, SlashCommandErrorEventArgs> SlashCommandErrored;
        public event AsyncEventHandler<SlashCommandsExtension, ContextMenuExecutedEventArgs> ContextMenuExecuted;
        public event AsyncEventHandler<SlashCommandsExtension, ContextMenuInvokedEventArgs> ContextMenuInvoked;
        public event AsyncEventHandler<SlashCommandsExtension, ContextMenuErrorEventArgs> ContextMenuErrored;
    }

    public static class ExtensionMethods
    {
        public static SlashCommandsExtension UseSlashCommands(this DiscordClient client, SlashCommandsConfiguration config = null) => throw null!;
        public static SlashCommandsExtension GetSlashCommands(this DiscordClient client) => throw null!;
    }
}

namespace DSharpPlus.SlashCommands.EventArgs
{
    using DSharpPlus.AsyncEvents;

    public class SlashCommandExecutedEventArgs : AsyncEventArgs
    {
        public InteractionContext Context { get; internal set; }
    }

    public class SlashCommandInvokedEventArgs : AsyncEventArgs
    {
        public InteractionContext Context { get; internal set; }
    }

    public class SlashCommandErrorEventArgs : AsyncEventArgs
    {
        public InteractionContext Context { get; internal set; }
        public Exception Exception { get; internal set; }
    }

    public sealed class ContextMenuExecutedEventArgs : AsyncEventArgs
    {
        public ContextMenuContext Context { get; internal set; }
    }

    public sealed class ContextMenuInvokedEventArgs : AsyncEventArgs
    {
        public ContextMenuContext Context { get; internal set; }
    }

    public sealed class ContextMenuErrorEventArgs : AsyncEventArgs
    {
        public ContextMenuContext Context { get; internal set; }
        public Exception Exception { get; internal set; }
    }
}
