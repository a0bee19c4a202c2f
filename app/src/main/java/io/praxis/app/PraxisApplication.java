package io.praxis.app;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the Praxis web application and its app shell: Lumo plus one plain CSS
 * file, so no front-end bundle has to be built (see STACK.md: a custom bundle needs npm).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/app.css")
@Meta(name = "description", content = "Praxis: learn AI product management and rehearse for interviews")
public class PraxisApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(PraxisApplication.class, args);
    }
}
