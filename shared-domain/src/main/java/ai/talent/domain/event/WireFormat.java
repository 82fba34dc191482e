package ai.talent.domain.event;

import ai.talent.domain.model.Nullable;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.ValueInstantiators;
import com.fasterxml.jackson.databind.deser.impl.PropertyValueBuffer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * The Jackson configuration of the wire format, strict where Jackson is lenient by default: no coercion between
 * scalar kinds (a string is never read as a number, a number never as a string, a float never as an integer), enums
 * by exact name only, timestamps as RFC 3339 strings only, and every record component required unless it is
 * {@link Nullable} (Jackson would otherwise fill a missing {@code int} with 0 and a missing {@code boolean} with
 * false). Unknown properties are ignored, so producers can add optional fields before consumers read them. Values
 * are checked by the records' own constructors; {@link JsonFailures} turns every failure into a field path.
 */
final class WireFormat {

    static final String RFC_3339_EXAMPLE = "2026-01-31T09:00:00Z";
    static final String DATE_EXAMPLE = "2026-01-31";

    private WireFormat() {
    }

    static JsonMapper mapper() {
        SimpleModule wire = new SimpleModule("talent-wire") {
            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                context.addValueInstantiators(new RequiredComponents());
            }
        };
        // Instant.toString() is ISO_INSTANT (UTC, "Z"); LocalDate.toString() is yyyy-mm-dd.
        wire.addSerializer(Instant.class, ToStringSerializer.instance);
        wire.addSerializer(LocalDate.class, ToStringSerializer.instance);
        wire.addDeserializer(Instant.class, new InstantDeserializer());
        wire.addDeserializer(LocalDate.class, new LocalDateDeserializer());

        JsonMapper mapper = JsonMapper.builder()
                .addModule(wire)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigDefaults().setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        return mapper;
    }

    /** Pretty printing with "name": value and two-space indents, for files people read (the JSON Schemas). */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        printer.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        printer.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
        return printer;
    }

    /** Whether a record component may be absent from the JSON form. */
    static boolean optional(boolean primitive, Nullable nullable) {
        return nullable != null && !primitive;
    }

    private static final class InstantDeserializer extends StdScalarDeserializer<Instant> {

        InstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
            }
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(p.getText(), Instant::from);
            } catch (DateTimeParseException e) {
                return (Instant) ctxt.handleWeirdStringValue(Instant.class, p.getText(), "not an RFC 3339 timestamp");
            }
        }
    }

    private static final class LocalDateDeserializer extends StdScalarDeserializer<LocalDate> {

        LocalDateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            try {
                return LocalDate.parse(p.getText());
            } catch (DateTimeParseException e) {
                return (LocalDate) ctxt.handleWeirdStringValue(LocalDate.class, p.getText(), "not a date");
            }
        }
    }

    /**
     * Makes every record component required unless {@link Nullable}: before a record's constructor runs, a
     * component missing from the JSON fails with its own path (Jackson would pass null, 0 or false).
     */
    private static final class RequiredComponents extends ValueInstantiators.Base {

        @Override
        public ValueInstantiator findValueInstantiator(DeserializationConfig config, BeanDescription beanDesc,
                                                       ValueInstantiator defaultInstantiator) {
            return beanDesc.getBeanClass().isRecord() ? new Checked(defaultInstantiator) : defaultInstantiator;
        }
    }

    private static final class Checked extends ValueInstantiator.Delegating {

        Checked(ValueInstantiator delegate) {
            super(delegate);
        }

        @Override
        public ValueInstantiator createContextual(DeserializationContext ctxt, BeanDescription beanDesc)
                throws JsonMappingException {
            ValueInstantiator contextual = delegate().createContextual(ctxt, beanDesc);
            return contextual == delegate() ? this : new Checked(contextual);
        }

        @Override
        public Object createFromObjectWith(DeserializationContext ctxt, SettableBeanProperty[] props,
                                           PropertyValueBuffer buffer) throws IOException {
            for (SettableBeanProperty prop : props) {
                if (prop != null && !buffer.hasParameter(prop)
                        && !optional(prop.getType().isPrimitive(), prop.getAnnotation(Nullable.class))) {
                    MismatchedInputException missing = MismatchedInputException.from(ctxt.getParser(),
                            prop.getType(), "is required");
                    missing.prependPath(new JsonMappingException.Reference(getValueClass(), prop.getName()));
                    throw missing;
                }
            }
            return delegate().createFromObjectWith(ctxt, props, buffer);
        }
    }
}
