// assembly: SlackNet
// Test stub mirroring the public shape of SlackNet 0.17 (SlackNet, SlackNet.Extensions.DependencyInjection,
// SlackNet.Bot) as far as bot code touches it. Namespaces, type names, inheritance and member signatures
// follow the real library so that documentation comment ids match; bodies are empty.
// SlackNet does not use nullable reference annotations.
#nullable disable
#pragma warning disable CS0067 // events are never used
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace SlackNet
{
    using SlackNet.Blocks;
    using SlackNet.Events;
    using SlackNet.Interaction;
    using SlackNet.Interaction.Experimental;
    using SlackNet.WebApi;

    public interface ISlackApiClient
    {
        IChatApi Chat { get; }
        IConversationsApi Conversations { get; }
        IUsersApi Users { get; }
        ISearchApi Search { get; }
        Task Respond(string responseUrl, IReadOnlyMessage message, CancellationToken cancellationToken);
        ISlackApiClient WithAccessToken(string accessToken);
    }

    public class SlackApiClient : ISlackApiClient
    {
        public SlackApiClient(string token) { }
        public bool DisableRetryOnRateLimit { get; set; }
        public IChatApi Chat => throw null!;
        public IConversationsApi Conversations => throw null!;
        public IUsersApi Users => throw null!;
        public ISearchApi Search => throw null!;
        public Task Respond(string responseUrl, IReadOnlyMessage message, CancellationToken cancellationToken) => throw null!;
        public ISlackApiClient WithAccessToken(string accessToken) => throw null!;
    }

    public static class SlackApiClientExtensions
    {
        public static Task Respond(this ISlackApiClient client, SlashCommand slashCommand, SlashCommandResponse response, CancellationToken cancellationToken = default) => throw null!;
        public static Task Respond(this ISlackApiClient client, InteractionRequest request, MessageResponse response, CancellationToken cancellationToken = default) => throw null!;
    }

    public class User
    {
        public string Id { get; set; }
        public string TeamId { get; set; }
        public string Name { get; set; }
        public string RealName { get; set; }
        public bool Deleted { get; set; }
        public bool IsBot { get; set; }
        public bool IsAdmin { get; set; }
        public UserProfile Profile { get; set; }
    }

    public class UserProfile
    {
        public string DisplayName { get; set; }
        public string Email { get; set; }
    }

    public class Conversation
    {
        public string Id { get; set; }
        public string Name { get; set; }
        public bool IsIm { get; set; }
        public bool IsChannel { get; set; }
        public bool IsPrivate { get; set; }
        public int NumMembers { get; set; }
    }

    public class Im
    {
        public string Id { get; set; }
        public string User { get; set; }
    }

    public class ErrorResponse
    {
        public string Error { get; set; }
        public IList<string> Warnings { get; set; }
    }

    public class SlackException : Exception
    {
        public SlackException(ErrorResponse errorResponse) { }
        public string ErrorCode { get; }
        public IReadOnlyList<string> ErrorMessages { get; }
        public IReadOnlyDictionary<string, string> ErrorInfo { get; }
    }

    public class SlackRateLimitException : Exception
    {
        public SlackRateLimitException(TimeSpan? retryAfter) { }
        public TimeSpan? RetryAfter { get; }
    }

    public interface IEventHandler
    {
        Task Handle(EventCallback eventCallback);
    }

    public interface IEventHandler<in T> where T : Event
    {
        Task Handle(T slackEvent);
    }

    public class SlackRequestContext
    {
        public object this[string key] { get => throw null!; set { } }
    }

    public interface ISlackServiceProvider
    {
        ISlackApiClient GetApiClient();
    }

    public abstract class SlackServiceConfigurationBase<TConfig> where TConfig : SlackServiceConfigurationBase<TConfig>
    {
        public TConfig UseApiToken(string token) => throw null!;
        public TConfig UseAppLevelToken(string token) => throw null!;
        public TConfig UseSigningSecret(string signingSecret) => throw null!;
        public TConfig ReplaceEventHandling(Func<SlackRequestContext, IEventHandler> handlerFactory) => throw null!;
        public TConfig RegisterEventHandler<TEvent>(IEventHandler<TEvent> handler) where TEvent : Event => throw null!;
        public TConfig RegisterEventHandler(IEventHandler eventHandler) => throw null!;
        public TConfig RegisterEventHandler<TEvent>(Func<SlackRequestContext, IEventHandler<TEvent>> getHandler) where TEvent : Event => throw null!;
        public TConfig RegisterEventHandler(Func<SlackRequestContext, IEventHandler> getEventHandler) => throw null!;
        public TConfig RegisterSlashCommandHandler(string command, ISlashCommandHandler handler) => throw null!;
        public TConfig RegisterAsyncSlashCommandHandler(string command, IAsyncSlashCommandHandler handler) => throw null!;
        public TConfig RegisterBlockActionHandler<TAction>(string actionId, IBlockActionHandler<TAction> handler) where TAction : BlockAction => throw null!;
        public TConfig RegisterMessageShortcutHandler(string callbackId, IMessageShortcutHandler handler) => throw null!;
        public TConfig RegisterGlobalShortcutHandler(string callbackId, IGlobalShortcutHandler handler) => throw null!;
        public TConfig RegisterViewSubmissionHandler(string callbackId, IViewSubmissionHandler handler) => throw null!;
    }

    public abstract class FactorySlackServiceConfiguration<TConfig> : SlackServiceConfigurationBase<TConfig> where TConfig : FactorySlackServiceConfiguration<TConfig>
    {
        public TConfig RegisterEventHandler<TEvent, THandler>() where TEvent : Event where THandler : class, IEventHandler<TEvent> => throw null!;
        public TConfig RegisterEventHandler<THandler>() where THandler : class, IEventHandler => throw null!;
        public TConfig RegisterSlashCommandHandler<THandler>(string command) where THandler : class, ISlashCommandHandler => throw null!;
        public TConfig RegisterBlockActionHandler<TAction, THandler>(string actionId) where TAction : BlockAction where THandler : class, IBlockActionHandler<TAction> => throw null!;
        public TConfig RegisterViewSubmissionHandler<THandler>(string callbackId) where THandler : class, IViewSubmissionHandler => throw null!;
    }

    public abstract class FactorySlackServiceConfigurationWithDependencyResolver<TConfig, TDependencyResolver> : FactorySlackServiceConfiguration<TConfig>
        where TConfig : FactorySlackServiceConfigurationWithDependencyResolver<TConfig, TDependencyResolver>
    {
        public TConfig RegisterEventHandler<TEvent>(Func<TDependencyResolver, IEventHandler<TEvent>> handlerFactory) where TEvent : Event => throw null!;
        public TConfig RegisterEventHandler(Func<TDependencyResolver, IEventHandler> getHandler) => throw null!;
        public TConfig RegisterSlashCommandHandler(string command, Func<TDependencyResolver, ISlashCommandHandler> handlerFactory) => throw null!;
    }

    public class SlackServiceBuilder : SlackServiceConfigurationBase<SlackServiceBuilder>, ISlackServiceProvider
    {
        public SlackServiceBuilder() { }
        public ISlackApiClient GetApiClient() => throw null!;
        public SocketMode.ISlackSocketModeClient GetSocketModeClient() => throw null!;
    }
}

namespace SlackNet.SocketMode
{
    public interface ISlackSocketModeClient : IDisposable
    {
        Task Connect(SocketModeConnectionOptions connectionOptions = null, CancellationToken cancellationToken = default);
    }

    public class SocketModeConnectionOptions
    {
        public int NumberOfConnections { get; set; }
    }
}

namespace SlackNet.WebApi
{
    using SlackNet.Blocks;

    public interface IReadOnlyMessage
    {
        string Channel { get; }
        string Text { get; }
        string ThreadTs { get; }
    }

    public class Message : IReadOnlyMessage
    {
        public string Channel { get; set; }
        public string Text { get; set; }
        public string ThreadTs { get; set; }
        public bool ReplyBroadcast { get; set; }
        public string Username { get; set; }
        public bool? AsUser { get; set; }
        public bool LinkNames { get; set; }
        public IList<Block> Blocks { get; set; }
    }

    public class MessageUpdate
    {
        public string ChannelId { get; set; }
        public string Ts { get; set; }
        public string Text { get; set; }
    }

    public enum ConversationType { PublicChannel, PrivateChannel, Mpim, Im }

    public class ResponseMetadata
    {
        public string NextCursor { get; set; }
    }

    public class PostMessageResponse
    {
        public string Ts { get; set; }
        public string Channel { get; set; }
    }

    public class PostEphemeralResponse
    {
        public string MessageTs { get; set; }
    }

    public class ScheduleMessageResponse
    {
        public string ScheduledMessageId { get; set; }
    }

    public class MessageTsResponse
    {
        public string Ts { get; set; }
    }

    public class MessageUpdateResponse
    {
        public string Ts { get; set; }
    }

    public class ConversationOpenResponse
    {
        public Conversation Channel { get; set; }
    }

    public class ConversationMembersResponse
    {
        public IList<string> Members { get; set; }
        public ResponseMetadata ResponseMetadata { get; set; }
    }

    public class ConversationListResponse
    {
        public IList<Conversation> Channels { get; set; }
        public ResponseMetadata ResponseMetadata { get; set; }
    }

    public class UserListResponse
    {
        public IList<User> Members { get; set; }
        public ResponseMetadata ResponseMetadata { get; set; }
    }

    public interface IChatApi
    {
        Task<PostMessageResponse> PostMessage(Message message, CancellationToken cancellationToken = default);
        Task<PostEphemeralResponse> PostEphemeral(string userId, Message message, CancellationToken cancellationToken = default);
        Task<ScheduleMessageResponse> ScheduleMessage(Message message, DateTime postAt, CancellationToken cancellationToken = default);
        Task<MessageTsResponse> MeMessage(string channel, string text, CancellationToken cancellationToken = default);
        Task<MessageUpdateResponse> Update(MessageUpdate messageUpdate, CancellationToken cancellationToken = default);
        Task<MessageTsResponse> Delete(string ts, string channelId, bool asUser = false, CancellationToken cancellationToken = default);
    }

    public class ChatApi : IChatApi
    {
        public Task<PostMessageResponse> PostMessage(Message message, CancellationToken cancellationToken = default) => throw null!;
        public Task<PostEphemeralResponse> PostEphemeral(string userId, Message message, CancellationToken cancellationToken = default) => throw null!;
        public Task<ScheduleMessageResponse> ScheduleMessage(Message message, DateTime postAt, CancellationToken cancellationToken = default) => throw null!;
        public Task<MessageTsResponse> MeMessage(string channel, string text, CancellationToken cancellationToken = default) => throw null!;
        public Task<MessageUpdateResponse> Update(MessageUpdate messageUpdate, CancellationToken cancellationToken = default) => throw null!;
        public Task<MessageTsResponse> Delete(string ts, string channelId, bool asUser = false, CancellationToken cancellationToken = default) => throw null!;
    }

    public interface IConversationsApi
    {
        Task<string> Open(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
        Task<string> Open(string channelId, CancellationToken cancellationToken = default);
        Task<ConversationOpenResponse> OpenAndReturnInfo(IEnumerable<string> userIds, CancellationToken cancellationToken = default);
        Task<ConversationOpenResponse> OpenAndReturnInfo(string channelId, CancellationToken cancellationToken = default);
        Task<ConversationMembersResponse> Members(string channelId, int limit = 100, string cursor = null, CancellationToken cancellationToken = default);
        Task<ConversationListResponse> List(bool excludeArchived = false, int limit = 100, IEnumerable<ConversationType> types = null, string cursor = null, string teamId = null, CancellationToken cancellationToken = default);
        Task<Conversation> Info(string channelId, bool includeLocale = false, bool includeNumMembers = false, CancellationToken cancellationToken = default);
        Task<ConversationHistoryResponse> History(string channelId, string latestTs = null, string oldestTs = null, bool inclusive = false, int limit = 100, bool includeAllMetadata = false, string cursor = null, CancellationToken cancellationToken = default);
    }

    public class ConversationsApi : IConversationsApi
    {
        public Task<string> Open(IEnumerable<string> userIds, CancellationToken cancellationToken = default) => throw null!;
        public Task<string> Open(string channelId, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConversationOpenResponse> OpenAndReturnInfo(IEnumerable<string> userIds, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConversationOpenResponse> OpenAndReturnInfo(string channelId, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConversationMembersResponse> Members(string channelId, int limit = 100, string cursor = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConversationListResponse> List(bool excludeArchived = false, int limit = 100, IEnumerable<ConversationType> types = null, string cursor = null, string teamId = null, CancellationToken cancellationToken = default) => throw null!;
        public Task<Conversation> Info(string channelId, bool includeLocale = false, bool includeNumMembers = false, CancellationToken cancellationToken = default) => throw null!;
        public Task<ConversationHistoryResponse> History(string channelId, string latestTs = null, string oldestTs = null, bool inclusive = false, int limit = 100, bool includeAllMetadata = false, string cursor = null, CancellationToken cancellationToken = default) => throw null!;
    }

    public class ConversationHistoryResponse
    {
        public IList<SlackNet.Events.MessageEvent> Messages { get; set; }
        public bool HasMore { get; set; }
        public ResponseMetadata ResponseMetadata { get; set; }
    }

    public enum SortBy { Score, Timestamp }

    public enum SortDirection { Descending, Ascending }

    public class MessageSearchResponse
    {
        public string Query { get; set; }
    }

    public class SearchResponse
    {
        public string Query { get; set; }
    }

    public interface ISearchApi
    {
        Task<SearchResponse> All(string query, SortBy sort = SortBy.Score, SortDirection sortDirection = SortDirection.Descending, bool highlight = false, int count = 20, int page = 1, CancellationToken cancellationToken = default);
        Task<MessageSearchResponse> Messages(string query, SortBy sort = SortBy.Score, SortDirection sortDirection = SortDirection.Descending, bool highlight = false, int count = 20, int page = 1, CancellationToken cancellationToken = default);
    }

    public interface IUsersApi
    {
        Task<UserListResponse> List(string cursor = null, bool includeLocale = false, int limit = 0, CancellationToken cancellationToken = default);
        Task<User> Info(string userId, bool includeLocale = false, CancellationToken cancellationToken = default);
        Task<User> LookupByEmail(string email, CancellationToken cancellationToken = default);
    }

    public class UsersApi : IUsersApi
    {
        public Task<UserListResponse> List(string cursor = null, bool includeLocale = false, int limit = 0, CancellationToken cancellationToken = default) => throw null!;
        public Task<User> Info(string userId, bool includeLocale = false, CancellationToken cancellationToken = default) => throw null!;
        public Task<User> LookupByEmail(string email, CancellationToken cancellationToken = default) => throw null!;
    }
}

namespace SlackNet.Blocks
{
    public abstract class Block
    {
        public string Type { get; }
        public string BlockId { get; set; }
    }

    public class SectionBlock : Block
    {
        public TextObject Text { get; set; }
    }

    public abstract class TextObject
    {
        public string Text { get; set; }
    }

    public class Markdown : TextObject
    {
        public Markdown() { }
        public Markdown(string text) { }
    }

    public abstract class BlockAction
    {
        public string ActionId { get; set; }
    }

    public class ButtonAction : BlockAction
    {
        public string Value { get; set; }
    }
}

namespace SlackNet.Events
{
    public abstract class Event
    {
        public string Type { get; set; }
        public string EventTs { get; set; }
    }

    public class EventCallback
    {
        public string TeamId { get; set; }
        public string ApiAppId { get; set; }
        public Event Event { get; set; }
        public string EventId { get; set; }
    }

    public enum ChannelType { Unknown, Channel, Group, Im, Mpim, AppHome }

    public class TeamJoin : Event
    {
        public User User { get; set; }
    }

    public class MemberJoinedChannel : Event
    {
        public string User { get; set; }
        public string Channel { get; set; }
        public ChannelType ChannelType { get; set; }
        public string Team { get; set; }
        public string Inviter { get; set; }
    }

    public abstract class MessageEventBase : Event
    {
        public string Channel { get; set; }
        public string User { get; set; }
        public string Text { get; set; }
        public string Ts { get; set; }
        public string ThreadTs { get; set; }
        public string Team { get; set; }
    }

    public class MessageEvent : MessageEventBase
    {
        public string Subtype { get; set; }
        public string ChannelType { get; set; }
        public string BotId { get; set; }
        public bool Hidden { get; set; }
    }

    public class AppMention : MessageEventBase
    {
    }
}

namespace SlackNet.Interaction
{
    using SlackNet.Blocks;
    using SlackNet.WebApi;

    public enum ResponseType { Ephemeral, InChannel }

    public class SlashCommand
    {
        public string Token { get; set; }
        public string TeamId { get; set; }
        public string ChannelId { get; set; }
        public string ChannelName { get; set; }
        public string UserId { get; set; }
        public string UserName { get; set; }
        public string Command { get; set; }
        public string Text { get; set; }
        public string ResponseUrl { get; set; }
        public string TriggerId { get; set; }
    }

    public class SlashCommandResponse
    {
        public ResponseType ResponseType { get; set; }
        public Message Message { get; set; }
    }

    public abstract class InteractionRequest
    {
        public string Type { get; set; }
        public User User { get; set; }
    }

    public class MessageResponse
    {
        public ResponseType ResponseType { get; set; }
        public Message Message { get; set; }
    }

    public class BlockActionRequest : InteractionRequest
    {
        public string ResponseUrl { get; set; }
    }

    public interface ISlashCommandHandler
    {
        Task<SlashCommandResponse> Handle(SlashCommand command);
    }

    public interface IBlockActionHandler<in TAction> where TAction : BlockAction
    {
        Task Handle(TAction action, BlockActionRequest request);
    }

    public interface IViewSubmissionHandler
    {
        Task Handle(InteractionRequest viewSubmission);
    }

    public interface IGlobalShortcutHandler
    {
        Task Handle(InteractionRequest shortcut);
    }

    public interface IMessageShortcutHandler
    {
        Task Handle(InteractionRequest request);
    }
}

namespace SlackNet.Interaction.Experimental
{
    public delegate Task Responder<in TResponse>(TResponse response);

    public interface IAsyncSlashCommandHandler
    {
        Task Handle(SlashCommand command, Responder<SlashCommandResponse> respond);
    }
}

namespace SlackNet.Extensions.DependencyInjection
{
    public class ServiceCollectionSlackServiceConfiguration : FactorySlackServiceConfigurationWithDependencyResolver<ServiceCollectionSlackServiceConfiguration, IServiceProvider>
    {
    }

    public static class ServiceCollectionExtensions
    {
        public static IServiceCollection AddSlackNet(this IServiceCollection serviceCollection, Action<ServiceCollectionSlackServiceConfiguration> configure = null) => throw null!;
    }
}

namespace SlackNet.Bot
{
    using SlackNet.WebApi;

    public interface IHub
    {
        string Id { get; }
        string Name { get; }
    }

    public class BotMessage
    {
        public string Text { get; set; }
        public IHub Hub { get; set; }
        public Conversation Conversation { get; set; }
        public IMessage ReplyTo { get; set; }
        public bool CreateThread { get; set; }
    }

    public interface IMessage
    {
        User User { get; }
        string Text { get; }
        string Ts { get; }
        string ThreadTs { get; }
        Conversation Conversation { get; }
        bool MentionsBot { get; }
        Task ReplyWith(string text, bool createThread = false, CancellationToken cancellationToken = default);
        Task ReplyWith(BotMessage message, bool createThread = false, CancellationToken cancellationToken = default);
        Task ReplyWith(Func<Task<BotMessage>> createReply, bool createThread = false, CancellationToken cancellationToken = default);
    }

    public interface IMessageHandler
    {
        Task HandleMessage(IMessage message);
    }

    public interface ISlackBot : IObserver<BotMessage>, IDisposable
    {
        string Id { get; }
        string Name { get; }
        IObservable<IMessage> Messages { get; }
        event EventHandler<IMessage> OnMessage;
        Task Connect(CancellationToken? cancellationToken = null);
        void AddHandler(IMessageHandler handler);
        Task Send(BotMessage message, CancellationToken cancellationToken = default);
        Task<Im> GetImByUserId(string userId);
        Task<IReadOnlyList<User>> GetUsers();
        Task<User> GetUserById(string userId);
    }

    public class SlackBot : ISlackBot
    {
        public SlackBot(string token) { }
        public string Id => throw null!;
        public string Name => throw null!;
        public IObservable<IMessage> Messages => throw null!;
        public event EventHandler<IMessage> OnMessage;
        public Task Connect(CancellationToken? cancellationToken = null) => throw null!;
        public void AddHandler(IMessageHandler handler) { }
        public Task Send(BotMessage message, CancellationToken cancellationToken = default) => throw null!;
        public Task<Im> GetImByUserId(string userId) => throw null!;
        public Task<IReadOnlyList<User>> GetUsers() => throw null!;
        public Task<User> GetUserById(string userId) => throw null!;
        public void OnNext(BotMessage value) { }
        public void OnError(Exception error) { }
        public void OnCompleted() { }
        public void Dispose() { }
    }
}

#if !STUB_NO_MSEXT_SHIMS
// Minimal shim of Microsoft.Extensions.DependencyInjection.Abstractions, only so that this stub compiles alone
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
        public Type ServiceType { get; }
    }
}
#endif
