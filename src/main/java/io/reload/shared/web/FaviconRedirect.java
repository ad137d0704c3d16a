package io.reload.shared.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browsers ask for /favicon.ico whatever the page's head links; it answered 404 on every page.
 * The portal's one icon is the SVG the layout links, so this sends the old address there.
 */
@WebServlet(urlPatterns = "/favicon.ico")
public class FaviconRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/favicon.svg");
    }
}
