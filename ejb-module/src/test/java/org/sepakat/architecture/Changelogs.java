package org.sepakat.architecture;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The Liquibase changelogs as the tests read them: the changeSets of a master changelog and its
 * includes (from the class path, in the order Liquibase applies them), the tables and columns they
 * leave, and the SQL text each holds. Covers the change types this code base uses.
 */
public final class Changelogs {

    /** The application's master changelog. */
    public static final String MAIN = "db/changelog/sepakat.xml";

    /** One changeSet of {@code file}. */
    public record ChangeSet(String file, String id, Element element) {

        /** Its changes of one type ({@code createTable}, {@code sql}, ...), nested ones included. */
        public List<Element> changes(String type) {
            return elements(element, type);
        }

        /** The tables its changes name by a {@code tableName} attribute. */
        public Set<String> tables() {
            Set<String> tables = new LinkedHashSet<>();
            NodeList all = element.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String table = ((Element) all.item(i)).getAttribute("tableName");
                if (!table.isEmpty()) {
                    tables.add(lower(table));
                }
            }
            return tables;
        }

        /** The SQL it runs as text: sql, createView and the where clauses of update and delete, and computed values. */
        public List<String> sql() {
            List<String> sql = new ArrayList<>();
            for (String type : List.of("sql", "createView", "where")) {
                changes(type).forEach(change -> sql.add(change.getTextContent()));
            }
            NodeList all = element.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String computed = ((Element) all.item(i)).getAttribute("valueComputed");
                if (!computed.isEmpty()) {
                    sql.add(computed);
                }
            }
            return sql;
        }
    }

    private Changelogs() {}

    /** The changeSets of {@code master} and the files it includes, in order. */
    public static List<ChangeSet> read(String master) {
        List<ChangeSet> changeSets = new ArrayList<>();
        Element root = parse(master);
        for (Node node = root.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && "include".equals(element.getTagName())) {
                changeSets.addAll(read(element.getAttribute("file")));
            } else if (node instanceof Element element && "changeSet".equals(element.getTagName())) {
                changeSets.add(new ChangeSet(master, element.getAttribute("id"), element));
            }
        }
        return changeSets;
    }

    /** Table → its columns (lower case) once every changeSet has run. */
    public static Map<String, Set<String>> tables(List<ChangeSet> changeSets) {
        Map<String, Set<String>> tables = new LinkedHashMap<>();
        for (ChangeSet changeSet : changeSets) {
            for (Node node = changeSet.element().getFirstChild(); node != null; node = node.getNextSibling()) {
                if (node instanceof Element change) {
                    apply(tables, change);
                }
            }
        }
        return tables;
    }

    private static void apply(Map<String, Set<String>> tables, Element change) {
        String table = lower(change.getAttribute("tableName"));
        switch (change.getTagName()) {
            case "createTable" -> {
                Set<String> columns = new LinkedHashSet<>();
                elements(change, "column").forEach(column -> columns.add(lower(column.getAttribute("name"))));
                tables.put(table, columns);
            }
            case "addColumn" ->
                elements(change, "column").forEach(column -> tables.get(table).add(lower(column.getAttribute("name"))));
            case "dropColumn" -> tables.get(table).remove(lower(change.getAttribute("columnName")));
            case "renameColumn" -> {
                tables.get(table).remove(lower(change.getAttribute("oldColumnName")));
                tables.get(table).add(lower(change.getAttribute("newColumnName")));
            }
            case "dropTable" -> tables.remove(table);
            default -> {
                // indexes, constraints, data and views leave the columns as they are
            }
        }
    }

    private static List<Element> elements(Element parent, String type) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getElementsByTagName(type);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    private static Element parse(String resource) {
        try (InputStream in = Changelogs.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no changelog " + resource + " on the class path");
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(in).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException(resource, e);
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
