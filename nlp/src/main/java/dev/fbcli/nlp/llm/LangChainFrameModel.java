package dev.fbcli.nlp.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.InternalServerException;
import dev.langchain4j.exception.InvalidRequestException;
import dev.langchain4j.exception.ModelNotFoundException;
import dev.langchain4j.exception.RateLimitException;
import dev.langchain4j.exception.TimeoutException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ToolChoice;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.ArrayList;
import java.util.List;

/**
 * The real {@link FrameModel}: one LangChain4j {@link ChatModel} call per {@link #propose}. The
 * provider's client makes the HTTP request; LangChain4j's own retries are off (the parser retries
 * once where it makes sense), request and response logging are off (prompts hold customer data,
 * STYLE convention 12), the temperature is 0.
 *
 * <p>How the answer's form is asked for ({@link OutputMode}): a JSON schema response format, the
 * {@code record_frame} tool with a required tool choice, or only the prompt.
 */
public final class LangChainFrameModel implements FrameModel {
    /** Room for the frame; answers are a few hundred tokens. */
    static final int MAX_OUTPUT_TOKENS = 1024;

    private static final int MAX_PREVIOUS = 2000;

    private final ChatModel model;
    private final LlmConfig config;

    LangChainFrameModel(ChatModel model, LlmConfig config) {
        this.model = model;
        this.config = config;
    }

    /** The model {@code config} describes, ready to call. */
    public static LangChainFrameModel create(LlmConfig config) {
        return new LangChainFrameModel(chatModel(config), config);
    }

    static ChatModel chatModel(LlmConfig c) {
        switch (c.provider()) {
            case OPENAI:
            case OLLAMA:
                return OpenAiChatModel.builder()
                        .baseUrl(c.baseUrl())
                        .apiKey(c.apiKey())
                        .modelName(c.model())
                        .temperature(0.0)
                        .maxCompletionTokens(MAX_OUTPUT_TOKENS)
                        .timeout(c.timeout())
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case ANTHROPIC:
                return AnthropicChatModel.builder()
                        .baseUrl(c.baseUrl())
                        .apiKey(c.apiKey())
                        .modelName(c.model())
                        .temperature(0.0)
                        .maxTokens(MAX_OUTPUT_TOKENS)
                        .timeout(c.timeout())
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            case GEMINI:
                return GoogleAiGeminiChatModel.builder()
                        .baseUrl(c.baseUrl())
                        .apiKey(c.apiKey())
                        .modelName(c.model())
                        .temperature(0.0)
                        .maxOutputTokens(MAX_OUTPUT_TOKENS)
                        .timeout(c.timeout())
                        .maxRetries(0)
                        .logRequests(false)
                        .logResponses(false)
                        .build();
            default:
                throw new IllegalStateException(c.provider().toString());
        }
    }

    @Override
    public String describe() {
        return config.provider().id() + " " + config.model();
    }

    @Override
    public String propose(LlmPrompt prompt) {
        ChatRequest request = request(prompt, config.output());
        ChatResponse response;
        try {
            response = model.chat(request);
        } catch (RuntimeException e) {
            throw translate(e, describe());
        }
        AiMessage ai = response == null ? null : response.aiMessage();
        if (ai == null) {
            throw new LlmException(LlmException.Kind.EMPTY, describe() + " gave no answer");
        }
        if (ai.hasToolExecutionRequests()) {
            for (ToolExecutionRequest t : ai.toolExecutionRequests()) {
                if (FrameSchema.TOOL.equals(t.name()) && t.arguments() != null) {
                    return t.arguments();
                }
            }
            throw new OffSchemaException("the model called a tool other than " + FrameSchema.TOOL);
        }
        if (ai.text() == null || ai.text().isBlank()) {
            throw new LlmException(LlmException.Kind.EMPTY, describe() + " gave an empty answer");
        }
        return ai.text();
    }

    static ChatRequest request(LlmPrompt prompt, OutputMode mode) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(SystemMessage.from(prompt.system()));
        messages.add(UserMessage.from(prompt.user()));
        if (prompt.isRetry()) {
            String prev =
                    prompt.previousAnswer() == null || prompt.previousAnswer().isBlank()
                            ? "(no answer)"
                            : prompt.previousAnswer();
            messages.add(AiMessage.from(prev.length() > MAX_PREVIOUS ? prev.substring(0, MAX_PREVIOUS) : prev));
            messages.add(UserMessage.from(prompt.correction()));
        }
        ChatRequest.Builder b = ChatRequest.builder().messages(messages);
        switch (mode) {
            case SCHEMA -> b.responseFormat(FrameSchema.responseFormat());
            case TOOL -> b.toolSpecifications(FrameSchema.tool()).toolChoice(ToolChoice.REQUIRED);
            case PROMPT -> {}
            default -> throw new IllegalStateException(mode.toString());
        }
        return b.build();
    }

    /**
     * One {@link LlmException} per failure, whose message names the provider and the kind of
     * failure only: a provider's error body may echo part of the key, so it is never quoted.
     */
    static LlmException translate(RuntimeException e, String who) {
        if (e instanceof LlmException l) {
            return l;
        }
        if (e instanceof RateLimitException) {
            return new LlmException(LlmException.Kind.RATE_LIMITED, who + " refused: too many requests (429)");
        }
        if (e instanceof InternalServerException) {
            return new LlmException(LlmException.Kind.SERVER, who + " failed with a server error" + status(e));
        }
        if (e instanceof AuthenticationException) {
            return new LlmException(LlmException.Kind.AUTH, who + " refused the API key" + status(e));
        }
        if (e instanceof ModelNotFoundException) {
            return new LlmException(LlmException.Kind.NOT_FOUND, who + ": no such model, or a wrong base URL (404)");
        }
        if (e instanceof InvalidRequestException) {
            return new LlmException(LlmException.Kind.REJECTED, who + " refused the request" + status(e));
        }
        if (e instanceof UnresolvedModelServerException) {
            return new LlmException(LlmException.Kind.UNREACHABLE, who + ": the server's address cannot be resolved");
        }
        boolean timeout = false;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpConnectTimeoutException
                    || t instanceof ConnectException
                    || t instanceof UnresolvedAddressException) {
                return new LlmException(LlmException.Kind.UNREACHABLE, who + ": cannot connect to the server");
            }
            timeout |= t instanceof TimeoutException || t instanceof HttpTimeoutException;
        }
        if (timeout) {
            return new LlmException(LlmException.Kind.TIMEOUT, who + " did not answer in time");
        }
        return new LlmException(
                LlmException.Kind.OTHER, who + " failed (" + e.getClass().getSimpleName() + ")");
    }

    private static String status(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException h) {
                return " (" + h.statusCode() + ")";
            }
        }
        return "";
    }
}
