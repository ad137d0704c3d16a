package io.reload.trends.service;

import io.reload.trends.domain.TrendFlag;
import java.io.Serializable;

/**
 * What staff ask of the dashboard: filters (therapist, flag, name; each optional) and the sort,
 * named as the page names its columns ("lastPain"), checked against the allow-list by the service.
 */
public class DashboardQuery implements Serializable {

    public static final String DEFAULT_SORT = "flags";

    private Long therapistId;
    private TrendFlag flag;
    private String name;
    private boolean flaggedOnly;
    private String sort = DEFAULT_SORT;
    private boolean ascending;

    public Long getTherapistId() {
        return therapistId;
    }

    public void setTherapistId(Long therapistId) {
        this.therapistId = therapistId;
    }

    public TrendFlag getFlag() {
        return flag;
    }

    public void setFlag(TrendFlag flag) {
        this.flag = flag;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isFlaggedOnly() {
        return flaggedOnly;
    }

    public void setFlaggedOnly(boolean flaggedOnly) {
        this.flaggedOnly = flaggedOnly;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    public void setAscending(boolean ascending) {
        this.ascending = ascending;
    }
}
