package ai.talent.search.rest;

import ai.talent.domain.model.Freelancer;
import ai.talent.domain.model.Project;
import ai.talent.domain.model.Region;
import ai.talent.domain.skill.Skill;
import ai.talent.domain.skill.SkillTaxonomy;
import ai.talent.search.index.CatalogIndex;
import ai.talent.search.index.FacetCounts;
import ai.talent.search.index.Filters;
import ai.talent.search.index.IndexedFreelancer;
import ai.talent.search.index.SortOrder;
import ai.talent.search.rank.RetrievalMode;
import ai.talent.search.rank.SearchRequest;
import ai.talent.search.rank.SearchResult;
import ai.talent.search.rank.SearchService;
import ai.talent.service.state.catalog.Catalog;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Search's HTTP API: talent search, suggestions, similar freelancers, and what the service has received. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final Set<String> FACETS = Set.of("skills", "region", "rate", "years");

    private final SearchService service;
    private final CatalogIndex index;
    private final Catalog<Project> openProjects;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.standard();

    public SearchResource(SearchService service, CatalogIndex index, Catalog<Project> openProjects) {
        this.service = service;
        this.index = index;
        this.openProjects = openProjects;
    }

    @GET
    @Path("/search")
    @Operation(summary = "Search freelancers in plain Korean or English, e.g. \"서울 React 개발자 5년 이상, 시급 5만원 이하\"",
            description = "Returns the parsed intent (chips), the hits with why each matched, and facet counts. An "
                    + "empty q browses by rating. Hybrid retrieval: BM25 (Nori + standard analysis) and kNN on "
                    + "sentence embeddings, fused by weighted reciprocal rank fusion with the intent fit.")
    public SearchResult search(
            @Parameter(description = "the query, at most 500 characters; empty = browse") @QueryParam("q") @Size(max = 500) String q,
            @QueryParam("page") @DefaultValue("1") @Min(1) @Max(1000) int page,
            @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size,
            @Parameter(description = "relevance, rating, rate_asc, rate_desc, years, availability") @QueryParam("sort") String sort,
            @Parameter(description = "taxonomy skill ids or names, all required (repeat or comma-separate)") @QueryParam("skills") List<String> skills,
            @Parameter(description = "regions, any of them: SEOUL, 서울, Busan...") @QueryParam("region") List<String> regions,
            @Parameter(description = "spoken languages, all required: ko, en...") @QueryParam("language") List<String> languages,
            @QueryParam("minRate") @PositiveOrZero Long minRate,
            @QueryParam("maxRate") @PositiveOrZero Long maxRate,
            @QueryParam("minYears") @DecimalMin("0") @DecimalMax("60") Double minYears,
            @QueryParam("minAvailability") @Min(0) @Max(80) Integer minAvailability,
            @QueryParam("minRating") @DecimalMin("0") @DecimalMax("5") Double minRating,
            @QueryParam("remote") Boolean remote,
            @Parameter(description = "facets to count: skills, region, rate, years (default all)") @QueryParam("facets") String facets,
            @Parameter(description = "hybrid (default), bm25 or dense") @QueryParam("mode") String mode) {
        Filters filters = filters(split(skills), split(regions), split(languages), minRate, maxRate, minYears,
                minAvailability, minRating, remote);
        return run(q, filters, page, size, sort, facets == null ? null : split(List.of(facets)), mode);
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Search with structured filters in a JSON body (the same search as GET)")
    public SearchResult searchStructured(@NotNull @Valid StructuredSearch body) {
        SearchFilters f = body.filters();
        Filters filters = f == null ? Filters.none() : filters(orEmpty(f.skills()), orEmpty(f.regions()),
                orEmpty(f.languages()), f.minRate(), f.maxRate(), f.minYears(), f.minAvailability(), f.minRating(),
                f.remote());
        return run(body.q(), filters, body.page() == null ? 1 : body.page(), body.size() == null ? 10 : body.size(),
                body.sort(), body.facets(), null);
    }

    private SearchResult run(String q, Filters filters, int page, int size, String sort, List<String> facets,
                             String mode) {
        SortOrder order = SortOrder.parse(sort).orElseThrow(() -> new InvalidParameterException("sort",
                "unknown sort '" + sort + "'; use one of " + SortOrder.names()));
        RetrievalMode retrieval = mode == null || mode.isBlank() ? RetrievalMode.HYBRID : Arrays.stream(
                RetrievalMode.values()).filter(m -> m.name().equalsIgnoreCase(mode.trim())).findFirst()
                .orElseThrow(() -> new InvalidParameterException("mode", "unknown mode '" + mode
                        + "'; use hybrid, bm25 or dense"));
        Set<String> wanted = facets == null ? FACETS : new LinkedHashSet<>(facets);
        for (String facet : wanted) {
            if (!FACETS.contains(facet)) {
                throw new InvalidParameterException("facets", "unknown facet '" + facet
                        + "'; use skills, region, rate or years");
            }
        }
        SearchResult result = service.searcher().search(new SearchRequest(q, filters, page, size, order, retrieval));
        FacetCounts all = result.facets();
        FacetCounts only = new FacetCounts(wanted.contains("skills") ? all.skills() : Map.of(),
                wanted.contains("region") ? all.regions() : Map.of(), wanted.contains("rate") ? all.rates() : Map.of(),
                wanted.contains("years") ? all.years() : Map.of());
        java.util.Map<String, SearchResult.SkillName> names = new java.util.LinkedHashMap<>();
        only.skills().keySet().forEach(id -> taxonomy.byId(id).ifPresent(s ->
                names.put(id, new SearchResult.SkillName(s.nameEn(), s.nameKo()))));
        return new SearchResult(result.intent(), result.total(), result.page(), result.size(), result.sort(),
                result.mode(), result.hits(), only, result.fusion(), result.backend(), names);
    }

    private Filters filters(List<String> skills, List<String> regions, List<String> languages, Long minRate,
                            Long maxRate, Double minYears, Integer minAvailability, Double minRating, Boolean remote) {
        Set<String> skillIds = new LinkedHashSet<>();
        for (String s : skills) {
            Skill skill = taxonomy.byId(s).or(() -> taxonomy.find(s)).orElseThrow(() -> new InvalidParameterException(
                    "skills", "unknown skill '" + s + "'; use a taxonomy id such as react, or a skill name"));
            skillIds.add(skill.id());
        }
        Set<Region> regionSet = new LinkedHashSet<>();
        for (String r : regions) {
            regionSet.add(region(r));
        }
        Set<String> languageSet = new LinkedHashSet<>();
        for (String l : languages) {
            String code = l.trim().toLowerCase(Locale.ROOT);
            if (!code.matches("[a-z]{2}")) {
                throw new InvalidParameterException("language", "'" + l + "' is not an ISO 639-1 code such as ko or en");
            }
            languageSet.add(code);
        }
        if (minRate != null && maxRate != null && minRate > maxRate) {
            throw new InvalidParameterException("minRate", "minRate " + minRate + " is above maxRate " + maxRate);
        }
        return new Filters(skillIds, regionSet, languageSet, minRate, maxRate, minYears, minAvailability, minRating,
                Boolean.TRUE.equals(remote), Set.of());
    }

    static Region region(String value) {
        String v = value.trim();
        for (Region r : Region.values()) {
            if (r.name().equalsIgnoreCase(v) || r.nameEn().equalsIgnoreCase(v) || r.nameKo().equals(v)) {
                return r;
            }
        }
        throw new InvalidParameterException("region", "unknown region '" + value + "'; use one of "
                + Arrays.stream(Region.values()).map(Region::name).toList());
    }

    @GET
    @Path("/suggest")
    @Operation(summary = "Skills and freelancer names starting with what has been typed (Korean or English)")
    public Suggestions suggest(@QueryParam("q") @NotNull @Size(min = 1, max = 100) String q,
                               @QueryParam("size") @DefaultValue("8") @Min(1) @Max(50) int size) {
        String prefix = q.trim().toLowerCase(Locale.ROOT);
        Map<String, Long> counts = index.backend().facets(Filters.none(), Integer.MAX_VALUE).skills();
        List<Suggestions.SkillSuggestion> skills = new ArrayList<>();
        for (Skill s : taxonomy.all()) {
            List<String> names = new ArrayList<>(s.aliases());
            names.add(s.nameEn());
            names.add(s.nameKo());
            if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).startsWith(prefix))) {
                skills.add(new Suggestions.SkillSuggestion(s.id(), s.nameEn(), s.nameKo(), counts.getOrDefault(s.id(), 0L)));
            }
        }
        skills.sort((a, b) -> a.freelancers() != b.freelancers() ? Long.compare(b.freelancers(), a.freelancers())
                : a.name().compareTo(b.name()));
        List<Suggestions.NameSuggestion> names = index.backend().namesStartingWith(prefix, size).stream()
                .map(f -> new Suggestions.NameSuggestion(f.id(), f.displayName(), f.headline())).toList();
        return new Suggestions(q, skills.subList(0, Math.min(size, skills.size())), names);
    }

    @GET
    @Path("/freelancers/{freelancerId}/similar")
    @Operation(summary = "Freelancers similar to this one (its profile as the query, itself left out)")
    public SearchResult similar(@PathParam("freelancerId") String freelancerId,
                                @QueryParam("size") @DefaultValue("10") @Min(1) @Max(100) int size) {
        SearchResult result = service.searcher().similar(freelancer(freelancerId), Filters.none(), size);
        java.util.Map<String, SearchResult.SkillName> names = new java.util.LinkedHashMap<>();
        result.facets().skills().keySet().forEach(id -> taxonomy.byId(id).ifPresent(s ->
                names.put(id, new SearchResult.SkillName(s.nameEn(), s.nameKo()))));
        return result.withSkillNames(names);
    }

    @GET
    @Path("/freelancers/{freelancerId}")
    @Operation(summary = "A freelancer as received on the freelancers topic")
    public Freelancer freelancer(@PathParam("freelancerId") String freelancerId) {
        return index.backend().get(freelancerId).map(IndexedFreelancer::freelancer)
                .orElseThrow(() -> new NotFoundException("No freelancer with id " + freelancerId
                        + " has been received on the freelancers topic"));
    }

    @GET
    @Path("/projects/{projectId}")
    @Operation(summary = "An open project as received on the projects topic")
    public Project project(@PathParam("projectId") String projectId) {
        return openProjects.get(projectId).orElseThrow(() -> new NotFoundException(
                "No open project with id " + projectId + " has been received on the projects topic"));
    }

    private static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values != null) {
            for (String v : values) {
                for (String part : v.split(",")) {
                    if (!part.isBlank()) {
                        out.add(part.trim());
                    }
                }
            }
        }
        return out;
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
